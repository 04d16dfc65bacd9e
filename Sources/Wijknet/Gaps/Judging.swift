extension GapsAnalysis {
    /// The kinds of finding in their fixed order: equal scores keep it.
    public static let judgedKinds = ["domains_apart", "domain_gap", "one_domain_place", "fragmentation", "one_domain_youth",
                                     "missing_links", "single_point", "bridge", "boundary_work", "ordinary_life",
                                     "not_seen_by_team", "signals"]

    /// Every finding of this analysis set beside its reference (see ``Judgement``), concerns and
    /// strengths, highest score first. A finding whose input is missing (``unmeasured``) is not
    /// judged: nothing was measured.
    func judged(_ refs: FindingReferences) -> [Judgement] {
        var out: [Judgement] = []
        func touched(_ key: String) -> [String] { refs.touchedGoals[key] ?? [] }
        // Domains that keep to themselves: the share of partner ties that crosses domains
        // against chance; a concern below ¾ of it, a strength from chance up.
        let d = domainGaps
        if d.crossShare.isFinite, d.crossShareExpected > 0, d.ties >= refs.apartMinimumTies {
            let ratio = d.crossShare / d.crossShareExpected
            if ratio < refs.apartBelowChance || ratio >= 1 {
                out.append(Judgement(kind: "domains_apart", subject: "domains", verdict: ratio < 1 ? .concern : .strength,
                                     figure: d.crossShare, reference: d.crossShareExpected, referenceKind: .chance,
                                     goals: touched("domains_apart"), score: ratio < 1 ? 1 - ratio : min(1, ratio - 1)))
            }
        }
        for gap in d.gaps {
            out.append(Judgement(kind: "domain_gap", subject: "\(gap.a)|\(gap.b)", verdict: .concern, figure: Double(gap.ties),
                                 reference: gap.expected, referenceKind: .chance, goals: touched("domain_gap:\(gap.a)|\(gap.b)"),
                                 score: 1 - Double(gap.ties) / gap.expected))
        }
        let youth = Double(fragmentation.youth)
        for p in d.places where p.oneDomainOnly && youth > 0 {
            out.append(Judgement(kind: "one_domain_place", subject: p.place, verdict: .concern, figure: Double(p.youth) / youth,
                                 reference: 1, referenceKind: .share, score: Double(p.youth) / youth))
        }
        if fragmentation.checked > 0, let j = Judgement.atMost("fragmentation", "youth", fragmentation.fragmentedShare, refs.fragmented, goals: touched("fragmentation")) {
            out.append(j)
        }
        if let j = Judgement.atMost("one_domain_youth", "youth", fragmentation.oneDomainShare, refs.oneDomainYouth, goals: touched("one_domain_youth")),
           j.verdict == .concern {
            out.append(j)   // few young people reached by one domain is no achievement: only the concern
        }
        if let top = missingLinks.first, top.sharedYouth >= 2, top.youthOfEither > 0 {
            let share = Double(top.sharedYouth) / Double(top.youthOfEither)
            out.append(Judgement(kind: "missing_links", subject: "partners", verdict: .concern, figure: share, reference: 1,
                                 referenceKind: .share, score: share))
        }
        let places = Double(d.places.count)
        for c in singlePoints.partners where c.youthLosingADomain > 0 || !c.placesLosingTeam.isEmpty {
            let share = (youth > 0 ? Double(c.youthLosingADomain) / youth : 0) + (places > 0 ? Double(c.placesLosingTeam.count) / places : 0)
            out.append(Judgement(kind: "single_point", subject: c.partner, verdict: .concern, figure: share, reference: 1,
                                 referenceKind: .share, score: share))
        }
        // The bridge to the largest part, leaving out a part of ids the actors file does not
        // list alone: that is a typo to look up (the note on the data says so), not a tie to double.
        if let b = singlePoints.bridges.first(where: { !$0.smallSideOfUnlistedIDsOnly }), min(b.sides[0], b.sides[1]) > 1 {
            let share = Double(min(b.sides[0], b.sides[1])) / Double(b.sides[0] + b.sides[1])
            out.append(Judgement(kind: "bridge", subject: [b.a, b.b].sorted().joined(separator: "|"), verdict: .concern,
                                 figure: share, reference: 1, referenceKind: .share, score: share))
        }
        if let top = boundarySpanners.first, boundaryWorkTotal > 0,
           let j = Judgement.atMost("boundary_work", "partners", Double(top.across) / Double(boundaryWorkTotal), refs.boundaryWorkShare, goals: []) {
            out.append(j)
        }
        if ordinaryLife.youth > 0, let j = Judgement.atLeast("ordinary_life", "youth", ordinaryLife.withOrdinaryShare, refs.ordinaryLife, goals: []) {
            out.append(j)
        }
        if ordinaryLife.ordinaryResources > 0, !ordinaryLife.notSeenByTeam.isEmpty {
            let share = Double(ordinaryLife.notSeenByTeam.count) / Double(ordinaryLife.ordinaryResources)
            out.append(Judgement(kind: "not_seen_by_team", subject: "places", verdict: .concern, figure: share, reference: 1,
                                 referenceKind: .share, score: share))
        }
        if signals.signals > 0, let j = Judgement.atLeast("signals", "signals", signals.share, refs.signalFollowUp, goals: touched("signals")) {
            out.append(j)
        }
        let unstated = unmeasured.reduce(into: Set<String>()) { $0.formUnion($1.findingKinds) }
        out.removeAll { unstated.contains($0.kind) }
        let rank = Dictionary(uniqueKeysWithValues: Self.judgedKinds.enumerated().map { ($1, $0) })
        return out.enumerated().sorted { x, y in
            let a = x.element, b = y.element
            if (a.verdict == .concern) != (b.verdict == .concern) { return a.verdict == .concern }
            if a.score != b.score { return a.score > b.score }
            if rank[a.kind]! != rank[b.kind]! { return rank[a.kind]! < rank[b.kind]! }
            return x.offset < y.offset
        }.map(\.element)
    }

    /// This analysis with every judgement's figure in `previous` (the analysis of the period
    /// before, of the same length: ``Period/previous``) beside it: a finding's own judgement
    /// there when it had one, else the network's figure of that kind.
    public func comparing(previous before: GapsAnalysis, in period: Period) -> GapsAnalysis {
        var a = self
        a.previousPeriod = period
        let earlier = Dictionary(before.judgements.map { ($0.identity, $0.figure) }, uniquingKeysWith: { x, _ in x })
        for i in a.judgements.indices {
            let j = a.judgements[i]
            a.judgements[i].previous = earlier[j.identity] ?? before.networkFigure(j.kind, subject: j.subject)
        }
        return a
    }

    /// The figure of a finding of `kind` whether or not it was judged: for the kinds about the
    /// whole network; `nil` for those about one partner, place or pair (or with no value).
    func networkFigure(_ kind: String, subject: String) -> Double? {
        let x: Double
        switch kind {
        case "domains_apart": x = domainGaps.crossShare
        case "domain_gap":
            guard let p = domainGaps.pairs.first(where: { "\($0.a)|\($0.b)" == subject }) else { return nil }
            x = Double(p.ties)
        case "fragmentation": x = fragmentation.fragmentedShare
        case "one_domain_youth": x = fragmentation.oneDomainShare
        case "ordinary_life": x = ordinaryLife.withOrdinaryShare
        case "signals": x = signals.share
        case "boundary_work":
            guard let top = boundarySpanners.first, boundaryWorkTotal > 0 else { return nil }
            x = Double(top.across) / Double(boundaryWorkTotal)
        default: return nil
        }
        return x.isFinite ? x : nil
    }
}

extension Period {
    /// The period just before this one, of the same length; `nil` when either end is open.
    /// Whole calendar months step back by months (1 Jul – 31 Dec → 1 Jan – 30 Jun; November →
    /// October), any other range by its number of days.
    public var previous: Period? {
        guard let from, let to else { return nil }
        let a = Calendar.civil(from), b = Calendar.civil(to)
        if a.day == 1, b.day == Calendar.daysInMonth(year: b.year, month: b.month) {
            let months = (b.year - a.year) * 12 + (b.month - a.month) + 1
            let start = a.year * 12 + (a.month - 1) - months, end = a.year * 12 + (a.month - 1) - 1
            return Period(from: Calendar.dayNumber(year: start / 12, month: start % 12 + 1, day: 1),
                          to: Calendar.dayNumber(year: end / 12, month: end % 12 + 1, day: Calendar.daysInMonth(year: end / 12, month: end % 12 + 1)))
        }
        return Period(from: from - (to - from + 1), to: from - 1)
    }
}
