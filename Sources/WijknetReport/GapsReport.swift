import Wijknet

/// One finding in plain words: its weight for ordering, its sentences (the first is the
/// finding, the others its details) and what to look at.
public struct GapsFinding: Sendable, Equatable {
    public var importance: Double
    public var lines: [String]
    public var advice: String
    /// What sort of finding this is (`domain_gap`, `one_domain_place`, `fragmentation`,
    /// `one_domain_youth`, `missing_links`, `single_point`, `bridge`, `boundary_spanners`,
    /// `ordinary_life`, `signals`, `no_signals`) and what it is about (domains `a|b`, a place's or
    /// partner's id, a bridge's ids `a|b` sorted, else the kind's group): together the finding's
    /// identity between two periods, whatever its figures and wording.
    public var kind: String = ""
    public var subject: String = ""
    /// `kind:subject`, the identity `wijknet compare` matches findings by.
    public var identity: String { "\(kind):\(subject)" }
}

extension GapsAnalysis {
    /// The findings in plain words, numbered, most important first, each with what to look at.
    public func text(_ lang: Language) -> String {
        let s = GapsSentences(lang)
        var out = s.heading + "\n\n"
        if domainGaps.partnersWithoutDomain > 0 { out += s.partnersLeftOut(domainGaps.partnersWithoutDomain, attribute: "domain") + "\n\n" }
        for (i, f) in findings(s).enumerated() {
            out += "\(i + 1). " + f.lines[0] + "\n"
            for l in f.lines.dropFirst() { out += "   " + l + "\n" }
            if !f.advice.isEmpty { out += "   → \(s.lookAt) \(f.advice)\n" }
            out += "\n"
        }
        if !unmeasured.isEmpty {
            out += s.unmeasuredHeading + "\n"
            for m in unmeasured { out += "- " + s.unmeasured(m) + "\n" }
        }
        return out
    }

    /// The findings, most important first (importance = how many young people or ties it
    /// concerns, scaled per kind; ties keep the order of the seven kinds), in the words of `s`
    /// — the one source of sentences for `wijknet gaps` and the meeting report.
    public func findings(_ s: GapsSentences) -> [GapsFinding] {
        let lang = s.lang
        typealias Finding = GapsFinding
        var findings: [Finding] = []
        let pct = { (x: Double) in Format.percent(x, lang) }

        for gap in domainGaps.gaps {
            findings.append(Finding(importance: 100 - Double(gap.ties), lines: [s.domainGap(gap.a, gap.b, ties: gap.ties)], advice: s.domainGapAdvice(gap.a, gap.b), kind: "domain_gap", subject: "\(gap.a)|\(gap.b)"))
        }
        for p in domainGaps.places where p.oneDomainOnly {
            findings.append(Finding(importance: Double(p.youth), lines: [s.oneDomainPlace(p.label, youth: p.youth, domain: p.domains.first ?? "")], advice: s.oneDomainPlaceAdvice, kind: "one_domain_place", subject: p.place))
        }
        if fragmentation.fragmented > 0 {
            var lines = [s.fragmentation(fragmented: fragmentation.fragmented, checked: fragmentation.checked,
                                         share: pct(fragmentation.fragmentedShare), minPartners: options.minPartners)]
            let domainsKnown = !unmeasured.contains(.domains)   // else "0 domains" would be an artefact
            lines += fragmentation.flagged.map {
                "    \($0.youth): \($0.partners) partners, " + (domainsKnown ? "\($0.domains) \(lang == .nl ? "domeinen" : "domains"), " : "")
                    + "\(lang == .nl ? "dichtheid" : "density") \(Format.decimal($0.density, 2, lang))"
            }
            findings.append(Finding(importance: Double(fragmentation.fragmented), lines: lines, advice: s.fragmentationAdvice, kind: "fragmentation", subject: "youth"))
        }
        if fragmentation.oneDomain > 0 {
            findings.append(Finding(importance: Double(fragmentation.oneDomain) / 4, lines: [s.oneDomainYouth(fragmentation.oneDomain, share: pct(fragmentation.oneDomainShare))], advice: s.oneDomainYouthAdvice, kind: "one_domain_youth", subject: "youth"))
        }
        if !missingLinks.isEmpty {
            let lines = [s.missingLinksHeading] + missingLinks.map { "  " + s.missingLink("\($0.labelA) (\(s.domain($0.domainA)))", "\($0.labelB) (\(s.domain($0.domainB)))", youth: $0.sharedYouth, places: $0.sharedPlaces) }
            findings.append(Finding(importance: Double(missingLinks.map(\.sharedYouth).reduce(0, +)) / 2, lines: lines, advice: s.missingLinkAdvice, kind: "missing_links", subject: "partners"))
        }
        for c in singlePoints.partners where c.youthLosingADomain > 0 || !c.placesLosingTeam.isEmpty {
            var lines = [s.cutPartner(c.label, pieces: c.pieces.count, youthLosing: c.youthLosingADomain)]
            if !c.placesLosingTeam.isEmpty { lines.append(s.placesLosingTeam(c.placesLosingTeam)) }
            findings.append(Finding(importance: Double(c.youthLosingADomain + 5 * c.placesLosingTeam.count), lines: lines, advice: s.cutPartnerAdvice, kind: "single_point", subject: c.partner))
        }
        if let b = singlePoints.bridges.first, min(b.sides[0], b.sides[1]) > 1 {
            findings.append(Finding(importance: Double(min(b.sides[0], b.sides[1])), lines: [s.bridge(b.labelA, b.labelB, small: min(b.sides[0], b.sides[1]))], advice: s.cutPartnerAdvice, kind: "bridge", subject: [b.a, b.b].sorted().joined(separator: "|")))
        }
        if !boundarySpanners.isEmpty {
            let lines = [s.spannersHeading] + boundarySpanners.prefix(5).map { "  " + s.spanner($0.label, domain: $0.domain, across: $0.across, z: Format.decimal($0.liaisonZ, 1, lang)) }
            findings.append(Finding(importance: 10, lines: lines, advice: s.spannerAdvice, kind: "boundary_spanners", subject: "partners"))
        }
        if ordinaryLife.youth > 0 {
            var lines = [s.ordinaryShare(ordinaryLife.withOrdinary, ordinaryLife.youth, share: pct(ordinaryLife.withOrdinaryShare))]
            if ordinaryLife.onlySpecialisedCare > 0 { lines.append(s.onlyCare(ordinaryLife.onlySpecialisedCare)) }
            if !ordinaryLife.notSeenByTeam.isEmpty { lines.append(s.notSeen(ordinaryLife.notSeenByTeam)) }
            findings.append(Finding(importance: Double(ordinaryLife.youth - ordinaryLife.withOrdinary) / 2 + Double(ordinaryLife.notSeenByTeam.count) * 10,
                                    lines: lines, advice: s.notSeenAdvice, kind: "ordinary_life", subject: "youth"))
        }
        if signals.signals > 0 {
            var lines = [s.signals(signals.followedUp, signals.signals, share: pct(signals.share), days: options.signalDays, median: Format.decimal(signals.medianDays, 1, lang))]
            let open = signals.notFollowedUp.map { "\($0.youth) (\(lang == .nl ? "regel" : "line") \($0.line))" }
            if !open.isEmpty { lines.append("    " + open.joined(separator: ", ")) }
            findings.append(Finding(importance: Double(signals.signals - signals.followedUp), lines: lines, advice: s.signalsAdvice, kind: "signals", subject: "signals"))
        } else {
            findings.append(Finding(importance: 0, lines: [s.noSignals], advice: "", kind: "no_signals", subject: "signals"))
        }

        let stray = notInActorsFile
        if !stray.partners.isEmpty || !stray.places.isEmpty {
            // First among equals: every other figure is read with these ids left out.
            findings.append(Finding(importance: 1_000, lines: [s.notInActorsFile(partners: stray.partners, places: stray.places)],
                                    advice: s.notInActorsFileAdvice, kind: "not_in_actors_file", subject: "actors"))
        }
        // A finding whose input is missing measured nothing: it is not stated (see `unmeasured`).
        let unstated = unmeasured.reduce(into: Set<String>()) { $0.formUnion($1.findingKinds) }
        findings.removeAll { unstated.contains($0.kind) }
        // A stable sort: equal importance keeps the order above.
        return findings.enumerated().sorted { ($0.element.importance, $1.offset) > ($1.element.importance, $0.offset) }.map(\.element)
    }

    /// Every finding as CSV rows: `finding,subject,measure,value,actors` (actors `;`-separated,
    /// young people by pseudonym).
    public func csv() -> String {
        var rows = ["finding,subject,measure,value,actors"]
        func row(_ f: String, _ subject: String, _ measure: String, _ value: String, _ actors: [String] = []) {
            rows.append([f, csvEscape(subject), measure, value, csvEscape(actors.joined(separator: ";"))].joined(separator: ","))
        }
        row("domain_gap", "partners", "without_domain", String(domainGaps.partnersWithoutDomain))
        for p in domainGaps.pairs { row("domain_gap", "\(p.a)-\(p.b)", "ties", String(p.ties)); row("domain_gap", "\(p.a)-\(p.b)", "weight", Format.csvNumber(p.weight)) }
        for p in domainGaps.places {
            row("place_domains", p.label, "domains", String(p.domains.count), [p.place])
            row("place_domains", p.label, "youth", String(p.youth), [p.place])
            row("place_domains", p.label, "cross_domain_ties", String(p.crossDomainTies), [p.place])
        }
        row("fragmentation", "youth", "checked", String(fragmentation.checked))
        row("fragmentation", "youth", "fragmented", String(fragmentation.fragmented))
        row("fragmentation", "youth", "one_domain", String(fragmentation.oneDomain))
        for y in fragmentation.flagged { row("fragmentation", y.youth, "density", Format.csvNumber(y.density), [y.youth]) }
        for l in missingLinks { row("missing_link", "\(l.labelA) – \(l.labelB)", "score", Format.csvNumber(l.score), [l.a, l.b]) }
        for c in singlePoints.partners { row("single_point", c.label, "youth_losing_a_domain", String(c.youthLosingADomain), [c.partner]) }
        for b in singlePoints.bridges { row("bridge", "\(b.labelA) – \(b.labelB)", "smaller_side", String(min(b.sides[0], b.sides[1])), [b.a, b.b]) }
        for sp in boundarySpanners { row("boundary_spanner", sp.label, "across", String(sp.across), [sp.partner]) }
        // Figures whose input is missing are left empty, not 0 (issue 24), and a row says so.
        let ordinaryKnown = !unmeasured.contains(.ordinary), domainsKnown = !unmeasured.contains(.domains)
        row("ordinary_life", "youth", "with_ordinary", ordinaryKnown ? String(ordinaryLife.withOrdinary) : "")
        row("ordinary_life", "youth", "only_specialised_care", ordinaryKnown ? String(ordinaryLife.onlySpecialisedCare) : "")
        for o in ordinaryLife.notSeenByTeam where ordinaryKnown { row("ordinary_life", o, "not_seen_by_team", "1") }
        row("signals", "signals", "total", String(signals.signals))
        row("signals", "signals", "followed_up", domainsKnown ? String(signals.followedUp) : "")
        row("signals", "signals", "median_days", domainsKnown ? Format.csvNumber(signals.medianDays) : "")
        for m in unmeasured { row("unmeasured", m.rawValue, "missing_input", "1") }
        for p in notInActorsFile.partners { row("not_in_actors_file", p, "kind", "partner", [p]) }
        for p in notInActorsFile.places { row("not_in_actors_file", p, "kind", "place", [p]) }
        for c in signals.cases { row("signal", c.youth, "follow_up_days", c.days.map(String.init) ?? "", [c.youth]) }
        return rows.joined(separator: "\n") + "\n"
    }
}
