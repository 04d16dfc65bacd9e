/// The team's goals checked per neighbourhood or municipality (`wijknet goals --by`): which
/// unit meets which goal, in one table, with the region total beside it.
///
/// Each unit is the ecosystem ``UnitEcosystems`` builds for it (the rule of ``UnitSplit``:
/// a contact belongs to the unit of its place, else of its young person, else of its source;
/// region-wide partners take part in every unit where they had contact). A goal is evaluated
/// on that ecosystem exactly as `wijknet goals` evaluates it on the whole log, over the one
/// period `within`. A goal scoped to a neighbourhood (`scope = { neighbourhood = … }`) therefore
/// has a value only in the units that hold actors of that neighbourhood.
public struct GoalsByUnit: Sendable, Codable {
    /// One goal in one unit.
    public struct Result: Sendable, Codable, Equatable {
        public var goal: String
        public var value: Double?
        /// `tie`, `at_least N` or `at_most N`.
        public var target: String
        public var met: Bool
    }

    /// One unit (or the region) and its results, one per goal in file order.
    public struct Column: Sendable, Codable, Equatable {
        public var unit: String
        public var results: [Result]
        /// Goals met in this unit.
        public var met: Int { results.filter(\.met).count }
    }

    public var by: UnitLevel
    public var goals: [Goal]
    /// One column per unit, in the order of ``UnitSplit/names``.
    public var units: [Column]
    /// The whole log: every contact once.
    public var region: Column
    /// Contacts that belong to no unit (they count in the region only).
    public var unassigned: Int
    /// How `betweenness` goals were estimated where a unit (or the region) was above the exact
    /// limit of `options` (the first such estimate; all use the same method, `E`, `D` and seed);
    /// `nil` when every value is exact.
    public var betweennessEstimate: BetweennessGuarantee?

    /// Every goal is met in every unit and in the region.
    public var allMet: Bool { (units + [region]).allSatisfy { $0.met == goals.count } }

    /// Evaluates `goals` in every unit of `ecosystems` and in its region, the metrics with
    /// `options` (see ``GoalsEvaluation/init(goals:periods:options:)``).
    /// - Complexity: one goals evaluation per unit and one for the region (see ``GoalsEvaluation``).
    public init(goals: [Goal], ecosystems: UnitEcosystems, options: AnalysisOptions = AnalysisOptions()) {
        var estimate: BetweennessGuarantee?
        func column(_ name: String, _ eco: Ecosystem) -> Column {
            let e = GoalsEvaluation(goals: goals, periods: [("all", false, { eco })], options: options)
            estimate = estimate ?? e.betweennessEstimate
            return Column(unit: name, results: e.rows.map { Result(goal: $0.goal, value: $0.value, target: $0.target, met: $0.met) })
        }
        by = ecosystems.split.level
        self.goals = goals
        units = zip(ecosystems.split.names, ecosystems.units).map(column)
        region = column("region", ecosystems.region)
        unassigned = ecosystems.split.unassigned
        betweennessEstimate = estimate
    }
}
