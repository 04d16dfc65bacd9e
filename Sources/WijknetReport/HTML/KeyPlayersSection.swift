import Wijknet

extension MeetingReport {
    /// The `key-players` section: the partners who hold the ecosystem together (Borgatti's
    /// KPP-Neg, `keyplayers --goal fragment`), each with what their leaving would do in one
    /// sentence (``WhatIfReport/sentence(_:)``), and the partners who together reach the most
    /// young people directly (KPP-Pos, `--goal reach --distance 1`).
    public struct KeyPlayers: Sendable {
        public var fragment: KeyPlayerAnalysis?
        /// One sentence per partner of `fragment`, in its order.
        public var leaving: [String]
        public var reach: KeyPlayerAnalysis?
        /// Set when the ecosystem had more actors than the limit, so nothing was searched.
        public var skippedAbove: Int?
        public var actors: Int

        /// The search stops being quick above this many actors: the fragmentation of one set
        /// costs `⌈n/64⌉` sweeps of the graph and the search scores thousands of sets (2,000
        /// actors: 14.5 s); the section then says so and names the command.
        public static let defaultLimit = 2_500

        /// Searches sets of `k` (3, or fewer when there are fewer partners), seeded with `seed`.
        /// - Throws: as ``KeyPlayerAnalysis/init(_:goal:k:distance:seed:restarts:exactLimit:)``.
        /// `before`: the report's own gaps analysis and positions, so each partner's what-if
        /// compares against the figures the rest of the report shows (computed once).
        public init(_ eco: Ecosystem, lang: Language, k: Int = 3, seed: UInt64 = 1, limit: Int = defaultLimit,
                    options: AnalysisOptions = AnalysisOptions(), before: WhatIfAnalysis.Before? = nil) throws {
            actors = eco.count
            let partners = eco.nodes(ofKind: .partner).count
            guard eco.count <= limit else {
                fragment = nil; reach = nil; leaving = []; skippedAbove = limit
                return
            }
            skippedAbove = nil
            let size = min(k, partners)
            fragment = size >= 1 && eco.count - size >= 2 ? try KeyPlayerAnalysis(eco, goal: .fragment, k: size, seed: seed) : nil
            leaving = try (fragment?.partners ?? []).map { p in
                WhatIfReport(try WhatIfAnalysis(eco, remove: [p.id], add: [], gaps: before?.gaps.options ?? GapsOptions(),
                                                options: options, before: before), lang: lang).sentence(lang)
            }
            let youth = eco.nodes(ofKind: .youth).count
            // Distance 1 (a direct tie): within two steps nearly every young person is reached in a
            // connected neighbourhood, which tells a team nothing.
            reach = size >= 1 && youth > 0 ? try KeyPlayerAnalysis(eco, goal: .reach, k: size, distance: 1, seed: seed) : nil
        }
    }
}

extension ReportPage {
    /// The `key-players` section: `key-players-fragment` (an ordered list, each partner with
    /// the sentence of its leaving) and `key-players-reach`, then how they were found.
    func keyPlayersSection(_ kp: MeetingReport.KeyPlayers) -> String {
        let nl = lang == .nl
        if let limit = kp.skippedAbove {
            let text = nl ? "Niet gezocht: het ecosysteem heeft \(Format.integer(kp.actors, lang)) actoren, meer dan \(Format.integer(limit, lang)). Zoek ze apart met: wijknet keyplayers LOG --actors ACTOREN --k 3."
                          : "Not searched: the ecosystem has \(Format.integer(kp.actors, lang)) actors, more than \(Format.integer(limit, lang)). Search them apart with: wijknet keyplayers LOG --actors ACTORS --k 3."
            return "<p class=\"note\">\(e(text))</p>"
        }
        if kp.fragment == nil && kp.reach == nil {
            // Nothing was searched: say why instead of describing a search (issue 24).
            let text = nl ? "Geen sleutelfiguren gezocht: het ecosysteem heeft geen partners om uit te kiezen, of te weinig actoren om uiteen te vallen."
                          : "No key players searched: the ecosystem has no partners to choose from, or too few actors to fall apart."
            return "<p class=\"note\">\(e(text))</p>"
        }
        var s = ""
        if let f = kp.fragment {
            let df = "\(Format.decimal(f.baseline ?? .nan, 2, lang)) → \(Format.decimal(f.score, 2, lang))"
            let intro = nl ? "Deze \(f.k) partners houden het ecosysteem het meest bij elkaar: zonder hen valt het het verst uiteen (fragmentatie \(df); 0 = iedereen dichtbij, 1 = niemand verbonden)."
                           : "These \(f.k) partners hold the ecosystem together most: without them it falls apart furthest (fragmentation \(df); 0 = everyone close, 1 = nobody connected)."
            s += "<p>" + e(intro) + "</p>\n"
            s += "<ol id=\"key-players-fragment\">"
            for (p, sentence) in zip(f.partners, kp.leaving) {
                s += "<li><strong>\(e(p.label))</strong> <span class=\"id\">(\(e(p.id)))</span>: \(e(sentence))</li>"
            }
            s += "</ol>\n"
        }
        if let r = kp.reach {
            let share = Format.percent(r.score / Double(max(1, r.nodes)), lang)
            let intro = nl ? "Deze \(r.k) partners bereiken samen rechtstreeks de meeste jongeren: \(Int(r.score)) van de \(r.nodes) (\(share)) met een eigen lijn."
                           : "These \(r.k) partners together reach the most young people directly: \(Int(r.score)) of \(r.nodes) (\(share)) with a tie of their own."
            s += "<p>" + e(intro) + "</p>\n"
            s += "<ol id=\"key-players-reach\">" + r.partners.map { "<li><strong>\(e($0.label))</strong> <span class=\"id\">(\(e($0.id)))</span></li>" }.joined() + "</ol>\n"
        }
        let how = [kp.fragment, kp.reach].compactMap { $0 }.map { a -> String in
            let exact = a.exact.map { $0.heuristicFoundIt ? (nl ? "alle \(Format.integer($0.sets, lang)) combinaties nagerekend: dit is de beste" : "all \(Format.integer($0.sets, lang)) sets checked: this is the best")
                                                      : (nl ? "alle combinaties nagerekend: de beste is \($0.partners.map(\.label).joined(separator: ", "))" : "all sets checked: the best is \($0.partners.map(\.label).joined(separator: ", "))") }
                ?? (nl ? "te veel combinaties om alle na te rekenen" : "too many sets to check them all")
            let goal = a.goal == .fragment ? (nl ? "uiteenvallen" : "fragment") : (nl ? "bereik" : "reach")
            return "\(goal): \(exact)"
        }
        s += "<p class=\"note\">\(e((nl ? "Gevonden zoals Borgatti (2006): gretige start, ruilen, \(kp.fragment?.restarts ?? 0) herstarts met vast zaad; " : "Found as in Borgatti (2006): greedy start, swaps, \(kp.fragment?.restarts ?? 0) seeded restarts; ") + how.joined(separator: "; ") + "."))</p>"
        return s
    }
}
