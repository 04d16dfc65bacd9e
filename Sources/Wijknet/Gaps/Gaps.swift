import WijknetGraph

/// Thresholds of the bridging-gaps analysis.
public struct GapsOptions: Sendable, Codable {
    /// A pair of domains is a gap when its partner–partner ties are fewer than this share of
    /// what chance gives (default ½; see ``GapsAnalysis/DomainPair/expected``), and chance gives
    /// at least one. Relative, so the rule holds for 10 partners and for 1,000.
    public var gapBelowChance: Double = 0.5
    /// The references findings are judged against (issue 24): chance, the team's goals, or
    /// Wijknet's stated defaults. See ``FindingReferences``.
    public var references = FindingReferences()
    /// Young people with at least this many partners are checked for fragmentation (default 3).
    public var minPartners: Int = 3
    /// …and flagged when the density of ties among those partners is below this (default 0.5).
    public var densityBelow: Double = 0.5
    /// How many items each ranked list shows (default 10).
    public var top: Int = 10
    /// A signal counts as followed up when another domain acts within this many days (default 14).
    public var signalDays: Int = 14
    /// Ids of the neighbourhood team's partners; empty = every partner whose organisation or
    /// name contains "wijkteam" (case-insensitive).
    public var team: [String] = []

    public init() {}

    /// The nodes of the neighbourhood team in `eco` (see ``team``).
    public func teamNodes(in eco: Ecosystem) -> Set<Int> {
        if !team.isEmpty { return Set(team.compactMap { eco.node(forID: $0) }) }
        return Set((0..<eco.count).filter { v in
            let a = eco.actors[v]
            return a.kind == .partner && ((a.organisation ?? "") + " " + (a.name ?? "") + " " + a.id).lowercased().contains("wijkteam")
        })
    }
}

/// Where the ecosystem does not hold together: the seven findings of `wijknet gaps`.
///
/// Every finding carries its figures and the actors behind it as export ids (young people only
/// as pseudonyms, and in lists of young people only counted or pseudonymised). Signals also carry
/// the log line numbers of the rows behind them, so each figure can be traced.
public struct GapsAnalysis: Sendable, Codable {
    public var options: GapsOptions
    public var domainGaps: DomainGaps
    public var fragmentation: Fragmentation
    public var missingLinks: [MissingLink]
    public var singlePoints: SinglePoints
    public var boundarySpanners: [BoundarySpanner]
    /// Pairs of contacts brokered across domains by all partners together (the sum of
    /// ``BoundarySpanner/across`` over every partner, not only the listed ones): the whole of
    /// the boundary work, against which one partner's share is judged.
    public var boundaryWorkTotal: Int = 0
    public var ordinaryLife: OrdinaryLife
    public var signals: Signals
    /// The inputs the data lacks (``MissingInput``): the findings that need them are not
    /// stated, and the outputs say what to add.
    public var unmeasured: [MissingInput]
    /// With an actors file: the partners and places of the log it does not list, by id (a typo
    /// in the log, a new partner), in node order. Their domain is unknown, so they count in no
    /// figure about domains and in no partner pairs: a data-quality finding of its own.
    public var notInActorsFile: NotInActorsFile
    /// Every finding beside its reference, concern or strength, most serious first (issue 24):
    /// the one order `gaps`, the report and the page state them in.
    public var judgements: [Judgement] = []
    /// The period the judgements' ``Judgement/previous`` figures come from, if any.
    public var previousPeriod: Period?

    public struct NotInActorsFile: Sendable, Codable, Equatable {
        /// Ids found under source/target (read as partners of unknown domain).
        public var partners: [String]
        /// Ids found only under place.
        public var places: [String]
    }

    // MARK: 1. Domain gaps

    public struct DomainPair: Sendable, Codable, Equatable {
        public var a: String, b: String
        public var ties: Int
        public var weight: Double
        /// The ties chance would give this pair: the partner–partner ties between domain partners
        /// spread at random over their possible pairs, `T · n_a · n_b / C(n, 2)` (the baseline of
        /// the E-I index, Krackhardt & Stern 1988). `NaN` with fewer than two domain partners.
        public var expected: Double
        public init(a: String, b: String, ties: Int, weight: Double, expected: Double = .nan) {
            self.a = a; self.b = b; self.ties = ties; self.weight = weight; self.expected = expected
        }
    }
    public struct PlaceDomains: Sendable, Codable, Equatable {
        public var place: String
        public var label: String
        /// Domains of the partners tied to the place, in the order social, care, safety.
        public var domains: [String]
        public var youth: Int
        /// Distinct pairs of partners of different domains that had contact at this place
        /// (a row naming both and this place).
        public var crossDomainTies: Int
        /// Young people meet here only one domain.
        public var oneDomainOnly: Bool
    }
    public struct DomainGaps: Sendable, Codable {
        public var present: [String]
        public var pairs: [DomainPair]
        /// Pairs with fewer ties than ``GapsOptions/gapBelowChance`` of what chance gives.
        public var gaps: [DomainPair]
        public var places: [PlaceDomains]
        /// Partners of unknown domain, left out of the domain figures and the boundary spanners.
        public var partnersWithoutDomain: Int
        /// All partner–partner ties between partners of a known domain, and the share of them
        /// that crosses domains, observed and by chance (`E*/(E* + I*)`: the E-I baseline as a
        /// share, `(EI + 1)/2`). `NaN` without ties or without two domains.
        public var ties: Int = 0
        public var crossShare: Double = .nan
        public var crossShareExpected: Double = .nan
    }

    // MARK: 2. Fragmentation

    public struct FragmentedYouth: Sendable, Codable, Equatable {
        public var youth: String      // pseudonym
        public var partners: Int
        public var domains: Int
        public var partnerTies: Int
        public var density: Double
    }
    public struct Fragmentation: Sendable, Codable {
        public var youth: Int
        /// Young people with at least `minPartners` partners.
        public var checked: Int
        /// …whose partners' tie density is below the threshold ("many faces who do not know each other").
        public var fragmented: Int
        public var fragmentedShare: Double
        /// Young people reached by exactly one domain.
        public var oneDomain: Int
        public var oneDomainShare: Double
        public var meanPartners: Double
        /// The most fragmented (most partners first, then lowest density), at most `top`.
        public var flagged: [FragmentedYouth]
    }

    // MARK: 3. Missing links

    public struct MissingLink: Sendable, Codable, Equatable {
        public var a: String, b: String
        public var labelA: String, labelB: String
        public var domainA: String, domainB: String
        public var crossDomain: Bool
        /// Resource allocation over shared young people and places.
        public var score: Double
        /// Shared young people: counted, never named.
        public var sharedYouth: Int
        /// Shared places: named.
        public var sharedPlaces: [String]
        /// The young people either partner sees: the whole the shared ones are a share of.
        public var youthOfEither: Int = 0
    }

    // MARK: 4. Single points of failure

    public struct CutPartner: Sendable, Codable, Equatable {
        public var partner: String
        public var label: String
        public var domain: String
        /// Sizes of the parts the ecosystem falls into without this partner.
        public var pieces: [Int]
        /// How many of those parts hold only ids the actors file does not list
        /// (``Ecosystem/unlistedIDs()``): often a typo in the log rather than people cut off,
        /// and said so wherever the parts are counted.
        public var piecesOfUnlistedIDsOnly: Int = 0
        /// Young people who then lose their only line to a domain (``Ecosystem/youthLosingOnlyLine(removing:adding:)``,
        /// the definition of `whatif` and of the report's key players).
        public var youthLosingADomain: Int
        /// Places that then no longer reach the neighbourhood team (labels).
        public var placesLosingTeam: [String]
        /// Pairs of domains (`social|care`, …) whose partners — other than this one — are
        /// connected today and no longer once it leaves: the only bridge between them (the
        /// double outline of the gaps diagram, stated here so the diagram marks nothing the
        /// words and JSON do not have).
        public var separatesDomains: [String] = []
    }
    public struct Bridge: Sendable, Codable, Equatable {
        public var a: String, b: String
        public var labelA: String, labelB: String
        public var sides: [Int]
        /// Whether the smaller side holds only ids the actors file does not list
        /// (``Ecosystem/unlistedIDs()``): often a typo in the log, and then the bridge is not a
        /// finding (the note on the data names those ids to look up).
        public var smallSideOfUnlistedIDsOnly: Bool = false
    }
    public struct SinglePoints: Sendable, Codable {
        public var team: [String]
        public var partners: [CutPartner]
        public var bridges: [Bridge]
    }

    // MARK: 5. Boundary spanners

    public struct BoundarySpanner: Sendable, Codable, Equatable {
        public var partner: String
        public var label: String
        public var domain: String
        public var liaison: Int, gatekeeper: Int, representative: Int, consultant: Int
        /// liaison + gatekeeper + representative + consultant: brokerage across domains.
        public var across: Int
        public var liaisonZ: Double, gatekeeperZ: Double, representativeZ: Double
    }

    // MARK: 6. Ordinary life

    public struct OrdinaryLife: Sendable, Codable {
        public var youth: Int
        /// Young people tied to at least one ordinary resource (voorveld).
        public var withOrdinary: Int
        public var withOrdinaryShare: Double
        /// Young people whose only partners are care partners and who have no ordinary resource.
        public var onlySpecialisedCare: Int
        public var ordinaryResources: Int
        /// Ordinary resources with no tie to the neighbourhood team (labels).
        public var notSeenByTeam: [String]
    }

    // MARK: 7. Signals

    public struct SignalCase: Sendable, Codable, Equatable {
        public var youth: String
        public var line: Int
        public var followUpLine: Int?
        public var days: Int?
    }
    public struct Signals: Sendable, Codable {
        public var signals: Int
        public var followedUp: Int
        public var share: Double
        public var medianDays: Double
        /// Signals not followed up (young person by pseudonym, log line), at most `top`.
        public var notFollowedUp: [SignalCase]
        /// Every signal, for tracing back to the log.
        public var cases: [SignalCase]
    }
}

extension GapsAnalysis {
    /// Computes the seven findings, each by its own function in its own file under
    /// `Gaps/Findings/` from one ``GapsContext``: domain gaps (``DomainGaps``), fragmentation
    /// (``Fragmentation``), missing links (``MissingLink``), single points of failure
    /// (``SinglePoints``), boundary spanners (``BoundarySpanner``), ordinary life
    /// (``OrdinaryLife``) and signals (``Signals``); then what the data lacks, the partners and
    /// places missing from the actors file, and the judgements.
    /// - Complexity: `O(r log r + n + m)` plus, per articulation partner, one `O(n + m)` search;
    ///   missing links `O(Σ_z c(z)² · log top)` time over shared young people and places, in
    ///   `O(n + top)` memory.
    public init(_ eco: Ecosystem, options: GapsOptions = GapsOptions()) {
        let context = GapsContext(eco, options: options)
        self.options = options
        domainGaps = DomainGaps(context, options: options)
        fragmentation = Fragmentation(context, options: options)
        missingLinks = MissingLink.found(context, options: options)
        singlePoints = SinglePoints(context, options: options)
        let boundaryWork = BoundarySpanner.found(context, options: options)
        boundarySpanners = boundaryWork.spanners
        boundaryWorkTotal = boundaryWork.total
        ordinaryLife = OrdinaryLife(context)
        signals = Signals(context, options: options)
        unmeasured = MissingInput.missing(in: eco) + (signals.cases.isEmpty ? [.signals] : [])
        notInActorsFile = NotInActorsFile(context)
        judgements = judged(options.references)
    }
}
