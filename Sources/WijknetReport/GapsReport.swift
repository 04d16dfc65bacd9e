import Wijknet

/// One finding in plain words: its judgement (concern or strength, how serious, against what),
/// its sentences (the first is the finding, the others its details), the reference it is set
/// beside, and one concrete action.
public struct GapsFinding: Sendable, Equatable {
    /// `nil` only for the data-quality finding (ids the actors file does not list), which is
    /// about the input, not the network, and comes before the verdict.
    public var judgement: Judgement?
    public var lines: [String]
    /// The reference in words ("By chance there would be about 12."), or "".
    public var reference: String = ""
    /// What the team could do, naming who where it can; "" for most strengths.
    public var action: String = ""
    /// The goals this finding touches, in words, or "".
    public var goals: String = ""
    /// What sort of finding this is (``GapsAnalysis/judgedKinds``, or `not_in_actors_file`) and
    /// what it is about (domains `a|b`, a place's or partner's id, a bridge's ids `a|b` sorted,
    /// else the kind's group): together the finding's identity between two periods, whatever
    /// its figures and wording.
    public var kind: String = ""
    public var subject: String = ""
    /// `kind:subject`, the identity `wijknet compare` matches findings by.
    public var identity: String { "\(kind):\(subject)" }
}

extension GapsAnalysis {
    /// The findings in plain words: the data first, then the verdict (the three most serious
    /// concerns and the clearest strength), then the rest — the order of the report and the page.
    public func text(_ lang: Language) -> String {
        let s = GapsSentences(lang)
        let all = findings(s)
        var out = s.heading + "\n\n"
        if domainGaps.partnersWithoutDomain > 0 { out += s.partnersLeftOut(domainGaps.partnersWithoutDomain, attribute: "domain") + "\n\n" }
        var number = 0
        func block(_ f: GapsFinding) -> String {
            number += 1
            var b = "\(number). " + (f.judgement.map { "[\(s.verdictLabel($0))] " } ?? "") + f.lines[0] + "\n"
            for l in f.lines.dropFirst() { b += "   " + l + "\n" }
            if !f.reference.isEmpty { b += "   " + f.reference + "\n" }
            if !f.goals.isEmpty { b += "   " + f.goals + "\n" }
            if !f.action.isEmpty { b += "   → \(s.actionLabel): \(f.action)\n" }
            return b + "\n"
        }
        let parts = Verdict(all)
        if !parts.data.isEmpty { out += s.dataFirst + "\n\n" + parts.data.map(block).joined() }
        out += s.verdictHeading.uppercased() + "\n\n"
        out += parts.concerns.isEmpty ? s.noConcerns + "\n\n" : parts.concerns.map(block).joined()
        if let strength = parts.strength { out += s.strengthHeading + "\n\n" + block(strength) }
        if !parts.rest.isEmpty { out += s.restHeading + "\n\n" + parts.rest.map(block).joined() }
        if !unmeasured.isEmpty {
            out += s.unmeasuredHeading + "\n"
            for m in unmeasured { out += "- " + s.unmeasured(m) + "\n" }
        }
        return out
    }

    /// The findings in the words of `s`, in the one order every output keeps: the data-quality
    /// finding first, then ``judgements`` (concerns by score, then strengths) — the one source
    /// of sentences for `wijknet gaps`, the meeting report and the page.
    ///
    /// With `goalsPerPeriod` (the report's goals per month, quarter or year), a finding judged
    /// against a goal also gives that goal's last period as the goals table shows it: over a
    /// whole year the goal can be met while the last quarter misses it (the sample: 11% of young
    /// people with fragmented help over 2025, 44.2% in 2025-Q4 against at most 40%), and a
    /// strength that said only the first would disagree with the table beside it.
    public func findings(_ s: GapsSentences, goalsPerPeriod: GoalsEvaluation? = nil) -> [GapsFinding] {
        var out: [GapsFinding] = []
        let stray = notInActorsFile
        if !stray.partners.isEmpty || !stray.places.isEmpty {
            out.append(GapsFinding(judgement: nil, lines: [s.notInActorsFile(partners: stray.partners, places: stray.places)],
                                   action: s.fixUnlistedIds, kind: "not_in_actors_file", subject: "actors"))
        }
        for j in judgements {
            var f = worded(j, s)
            f.judgement = j
            f.kind = j.kind
            f.subject = j.subject
            if f.goals.isEmpty, !j.goals.isEmpty, j.referenceKind != .goal { f.goals = s.touchesGoals(j.goals) }
            if let period = previousPeriod, let trend = s.previous(j, in: period) { f.reference += (f.reference.isEmpty ? "" : " ") + trend }
            if let last = goalsPerPeriod.flatMap({ lastPeriod(of: j, in: $0, s) }) { f.reference += (f.reference.isEmpty ? "" : " ") + last }
            out.append(f)
        }
        return out
    }

    /// The last period of the goal `j` is judged against, in the words of `s`; `nil` when its
    /// reference is not a goal or `ev` has fewer than two periods (then the last is the whole).
    func lastPeriod(of j: Judgement, in ev: GoalsEvaluation, _ s: GapsSentences) -> String? {
        guard j.referenceKind == .goal, ev.periods.count > 1, let name = j.goals.first, let period = ev.periods.last,
              let goal = ev.goals.first(where: { $0.name == name }),
              let row = ev.rows.first(where: { $0.goal == name && $0.period == period }) else { return nil }
        return s.lastPeriod(GoalsEvaluation.showPeriod(period, s.lang), value: GoalsEvaluation.show(row.value, goal, s.lang), met: row.met)
    }

    /// The words of one judged finding.
    func worded(_ j: Judgement, _ s: GapsSentences) -> GapsFinding {
        let lang = s.lang
        let concern = j.verdict == .concern
        let youthTotal = fragmentation.youth
        func f(_ lines: [String], _ reference: String, _ action: String = "") -> GapsFinding {
            GapsFinding(judgement: j, lines: lines, reference: reference, action: concern ? action : "")
        }
        switch j.kind {
        case "domains_apart":
            let worst = domainGaps.pairs.filter { $0.expected > 0 }.min { (Double($0.ties) / $0.expected, $0.a + $0.b) < (Double($1.ties) / $1.expected, $1.a + $1.b) }
            return f([concern ? s.domainsApart(j.figure) : s.domainsMix(j.figure)], s.chanceShare(j.reference, observed: j.figure),
                     worst.map { s.meetingOfDomains($0.a, $0.b) } ?? "")
        case "domain_gap":
            let pair = j.subject.split(separator: "|").map(String.init)
            let ties = Int(j.figure)
            let link = missingLinks.first { Set([$0.domainA, $0.domainB]) == Set(pair) }
            return f([s.domainGap(pair[0], pair[1], ties: ties)], s.chanceTies(j.reference),
                     link.map { s.meet($0.labelA, $0.labelB, shared: $0.sharedYouth) } ?? s.contactPerson(pair[0], pair[1]))
        case "one_domain_place":
            let p = domainGaps.places.first { $0.place == j.subject }!
            let other = domainGaps.present.first { !p.domains.contains($0) }
            return f([s.oneDomainPlace(p.label, youth: p.youth, domain: p.domains.first ?? "")], s.shareOfYouth(p.youth, of: youthTotal),
                     other.map { s.visitPlace($0, p.label) } ?? "")
        case "fragmentation":
            let fr = fragmentation
            let domainsKnown = !unmeasured.contains(.domains)   // else "0 domains" would be an artefact
            let details = concern ? fr.flagged.map {
                "    \($0.youth): \($0.partners) partners, " + (domainsKnown ? "\($0.domains) \(lang == .nl ? "domeinen" : "domains"), " : "")
                    + "\(lang == .nl ? "dichtheid" : "density") \(Format.decimal($0.density, 2, lang))"
            } : []
            let first = fr.flagged.first
            return f([s.fragmentation(fragmented: fr.fragmented, checked: fr.checked, share: s.share(fr.fragmentedShare), minPartners: options.minPartners)] + details,
                     s.reference(j, atLeast: false), first.map { s.caseMeeting($0.youth, partners: $0.partners, others: fr.fragmented - 1) } ?? "")
        case "one_domain_youth":
            return f([s.oneDomainYouth(fragmentation.oneDomain, share: s.share(fragmentation.oneDomainShare))], s.reference(j, atLeast: false), s.otherDomainAction)
        case "missing_links":
            let top = missingLinks[0]
            let lines = [s.missingLinksHeading] + missingLinks.map { "  " + s.missingLink("\($0.labelA) (\(s.domain($0.domainA)))", "\($0.labelB) (\(s.domain($0.domainB)))", youth: $0.sharedYouth, places: $0.sharedPlaces) }
            return f(lines, s.sharedOfEither(top.sharedYouth, top.youthOfEither), s.meet(top.labelA, top.labelB, shared: top.sharedYouth))
        case "single_point":
            let c = singlePoints.partners.first { $0.partner == j.subject }!
            var lines = [s.cutPartner(c.label, pieces: c.pieces.count, unlistedOnly: c.piecesOfUnlistedIDsOnly, youthLosing: c.youthLosingADomain)]
            if !c.placesLosingTeam.isEmpty { lines.append(s.placesLosingTeam(c.placesLosingTeam)) }
            if !c.separatesDomains.isEmpty { lines.append(s.separatesDomains(c.separatesDomains)) }
            return f(lines, c.youthLosingADomain > 0 ? s.shareOfYouth(c.youthLosingADomain, of: youthTotal) : "",
                     c.youthLosingADomain > 0 ? s.secondContact(c.label, youth: c.youthLosingADomain) : s.secondLineToTeam(c.placesLosingTeam))
        case "bridge":
            let b = singlePoints.bridges.first { [$0.a, $0.b].sorted().joined(separator: "|") == j.subject }!
            return f([s.bridge(b.labelA, b.labelB, small: min(b.sides[0], b.sides[1]))], s.smallSideShare(j.figure), s.secondTie(b.labelA, b.labelB))
        case "boundary_work":
            let top = boundarySpanners[0]
            let details = boundarySpanners.prefix(5).map { "  " + s.spanner($0.label, domain: $0.domain, across: $0.across, z: Format.decimal($0.liaisonZ, 1, lang)) }
            return f([concern ? s.boundaryConcentrated(top.label, j.figure) : s.boundaryShared(j.figure)] + (concern ? details : []),
                     s.reference(j, atLeast: false), s.shareBoundaryWork(top.label))
        case "ordinary_life":
            let o = ordinaryLife
            var lines = [s.ordinaryShare(o.withOrdinary, o.youth, share: s.share(o.withOrdinaryShare))]
            if o.onlySpecialisedCare > 0 && concern { lines.append(s.onlyCare(o.onlySpecialisedCare)) }
            return f(lines, s.reference(j, atLeast: true), s.findOrdinary(o.youth - o.withOrdinary))
        case "not_seen_by_team":
            let o = ordinaryLife
            return f([s.notSeen(o.notSeenByTeam)], s.notSeenShare(o.notSeenByTeam.count, o.ordinaryResources), s.teamMeets(o.notSeenByTeam))
        case "signals":
            let g = signals
            var lines = [s.signals(g.followedUp, g.signals, share: s.share(g.share), days: options.signalDays, median: Format.decimal(g.medianDays, 1, lang))]
            let open = g.notFollowedUp.map { "\($0.youth) (\(lang == .nl ? "regel" : "line") \($0.line))" }
            if !open.isEmpty && concern { lines.append("    " + open.joined(separator: ", ")) }
            return f(lines, s.reference(j, atLeast: true), s.discussSignals(g.signals - g.followedUp, lines: g.notFollowedUp.map(\.line)))
        default:
            preconditionFailure("a judged kind without words: \(j.kind)")
        }
    }
}

/// The findings split as every output shows them: the data first, the verdict (three concerns,
/// one strength), the rest in their order.
public struct Verdict: Sendable {
    public var data: [GapsFinding]
    public var concerns: [GapsFinding]
    public var strength: GapsFinding?
    public var rest: [GapsFinding]
    public init(_ all: [GapsFinding]) {
        data = all.filter { $0.judgement == nil }
        let judged = all.filter { $0.judgement != nil }
        concerns = Array(judged.filter { $0.judgement?.verdict == .concern }.prefix(3))
        strength = judged.first { $0.judgement?.verdict == .strength }
        let shown = Set(concerns.map(\.identity) + (strength.map { [$0.identity] } ?? []))
        rest = judged.filter { !shown.contains($0.identity) }
    }
}

extension GapsAnalysis {
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
        for c in singlePoints.partners {
            row("single_point", c.label, "youth_losing_a_domain", String(c.youthLosingADomain), [c.partner])
            row("single_point", c.label, "pieces", String(c.pieces.count), [c.partner])
            row("single_point", c.label, "pieces_of_unlisted_ids_only", String(c.piecesOfUnlistedIDsOnly), [c.partner])
        }
        for b in singlePoints.bridges {
            row("bridge", "\(b.labelA) – \(b.labelB)", "smaller_side", String(min(b.sides[0], b.sides[1])), [b.a, b.b])
            row("bridge", "\(b.labelA) – \(b.labelB)", "smaller_side_of_unlisted_ids_only", b.smallSideOfUnlistedIDsOnly ? "1" : "0", [b.a, b.b])
        }
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
        // Each finding's judgement (issue 24): verdict, score and its reference, in the findings' order.
        for j in judgements {
            row("judgement", j.identity, j.verdict.rawValue, Format.csvNumber(j.score))
            row("judgement", j.identity, "figure", Format.csvNumber(j.figure))
            row("judgement", j.identity, "reference_\(j.referenceKind.rawValue)", Format.csvNumber(j.reference))
        }
        for p in notInActorsFile.partners { row("not_in_actors_file", p, "kind", "partner", [p]) }
        for p in notInActorsFile.places { row("not_in_actors_file", p, "kind", "place", [p]) }
        for c in signals.cases { row("signal", c.youth, "follow_up_days", c.days.map(String.init) ?? "", [c.youth]) }
        return rows.joined(separator: "\n") + "\n"
    }
}
