import WijknetGraph

extension GapsAnalysis.Signals {
    /// Finding 7, signals: each contact of type `signaal` about a young person in the period,
    /// and whether a partner of another domain (not `unknown`, not a domain of the signal's own
    /// partners) has a contact about the same young person within ``GapsOptions/signalDays``
    /// days after it (later in time, or the same time on a later line); the share followed up,
    /// the median delay in days (the middle value, or the mean of the two middle ones), and the
    /// signals not followed up (at most ``GapsOptions/top``), each with its log line.
    /// - Complexity: `O(r log r)` for `r` rows in the period, plus per signal the rows about
    ///   the same young person within the window.
    init(_ c: GapsContext, options: GapsOptions) {
        let eco = c.eco, log = eco.log
        let signalTypes = Set(log.contactTypes.indices.filter { ["signaal", "signal", "signalen", "signals"].contains(log.contactTypes[$0]) })
        var byYouth: [Int32: [Int]] = [:]   // about-actor -> rows in period, in time order
        for r in eco.rowsInPeriod where log.about[r] >= 0 { byYouth[log.about[r], default: []].append(r) }
        for k in byYouth.keys { byYouth[k]!.sort { (log.time[$0], $0) < (log.time[$1], $1) } }
        func partnerDomains(_ r: Int) -> [Domain] {
            [log.source[r], log.target[r]].compactMap { a in
                guard a >= 0, log.actors[Int(a)].kind == .partner else { return nil }
                return log.actors[Int(a)].domain
            }
        }
        var cases: [GapsAnalysis.SignalCase] = []
        var delays: [Int] = []
        for r in eco.rowsInPeriod where log.about[r] >= 0 && signalTypes.contains(Int(log.type[r])) {
            let y = log.about[r]
            let from = Set(partnerDomains(r))
            let t0 = log.time[r]
            var follow: (line: Int, days: Int)? = nil
            for r2 in byYouth[y] ?? [] where log.time[r2] > t0 || (log.time[r2] == t0 && r2 > r) {
                let days = Calendar.day(ofTimestamp: log.time[r2]) - Calendar.day(ofTimestamp: t0)
                if days > options.signalDays { break }
                if partnerDomains(r2).contains(where: { $0 != .unknown && !from.contains($0) }) { follow = (Int(log.line[r2]), days); break }
            }
            let node = eco.nodeOfActor[Int(y)]
            cases.append(GapsAnalysis.SignalCase(youth: node >= 0 ? c.id(node) : "", line: Int(log.line[r]), followUpLine: follow?.line, days: follow?.days))
            if let f = follow { delays.append(f.days) }
        }
        delays.sort()
        let median: Double = delays.isEmpty ? .nan : delays.count % 2 == 1 ? Double(delays[delays.count / 2]) : Double(delays[delays.count / 2 - 1] + delays[delays.count / 2]) / 2
        self.init(signals: cases.count, followedUp: delays.count, share: cases.isEmpty ? .nan : Double(delays.count) / Double(cases.count),
                  medianDays: median, notFollowedUp: Array(cases.filter { $0.followUpLine == nil }.prefix(options.top)), cases: cases)
    }
}
