/// Figures per calendar period: the loop behind `--period month|quarter|year`.
///
/// The series spans from `--from` (else the log's first contact) to `--to` (else its last
/// contact): every calendar period of that span is listed, in order, none skipped — a period
/// without contacts too. The first and last period are clipped to the span and marked
/// ``CalendarPeriod/partial`` when the span starts or ends inside them.
///
/// Each period's ecosystem holds the actors named in a contact of that period (declared actors
/// of the actors file without contact in the period are left out), so a period without
/// contacts has no actors, no ties and zero counts.
public struct TimeSeries<Value> {
    /// One period of the series and its value.
    public struct Entry {
        public var period: CalendarPeriod
        /// The days of the period inside the series' span (equal to `period.period` unless partial).
        public var days: Period
        /// Contacts (rows) in the period.
        public var contacts: Int
        public var value: Value
    }
    public var unit: PeriodUnit
    public var entries: [Entry]
}

extension TimeSeries: Sendable where Value: Sendable {}
extension TimeSeries.Entry: Sendable where Value: Sendable {}

extension ContactLog {
    /// The span of a series of the log within `range`: from `range.from` (else the first
    /// contact) to `range.to` (else the last contact); `nil` without contacts or when empty.
    public func seriesSpan(within range: Period) -> ClosedRange<Int>? {
        guard let days = dayRange else { return nil }
        let lo = range.from ?? days.lowerBound, hi = range.to ?? days.upperBound
        return lo <= hi ? lo...hi : nil
    }

    /// The calendar periods of `unit` covering ``seriesSpan(within:)``, partial ends marked.
    public func periods(_ unit: PeriodUnit, within range: Period) -> [CalendarPeriod] {
        seriesSpan(within: range).map { unit.periods(covering: $0) } ?? []
    }

    /// Runs `body` on the ecosystem of every period of `unit` within `range` (see ``TimeSeries``).
    /// - Complexity: `O(p · (r + a))` for `p` periods, `r` rows and `a` actors, plus `body`.
    public func timeSeries<Value>(_ unit: PeriodUnit, within range: Period = .all, pseudonyms: Pseudonymizer,
                                  _ body: (Ecosystem) throws -> Value) rethrows -> TimeSeries<Value> {
        guard let span = seriesSpan(within: range) else { return TimeSeries(unit: unit, entries: []) }
        var entries: [TimeSeries<Value>.Entry] = []
        for p in unit.periods(covering: span) {
            let days = Period(from: max(p.period.from ?? span.lowerBound, span.lowerBound),
                              to: min(p.period.to ?? span.upperBound, span.upperBound))
            let eco = activeEcosystem(days, pseudonyms: pseudonyms)
            entries.append(.init(period: p, days: days, contacts: eco.rowsInPeriod.count, value: try body(eco)))
        }
        return TimeSeries(unit: unit, entries: entries)
    }

    /// The ecosystem of `days` restricted to the actors named in a contact of those days.
    public func activeEcosystem(_ days: Period, pseudonyms: Pseudonymizer) -> Ecosystem {
        let eco = Ecosystem(log: self, period: days, pseudonyms: pseudonyms)
        var named = [Bool](repeating: false, count: actors.count)
        for r in eco.rowsInPeriod {
            for a in [source[r], target[r], about[r], place[r]] where a >= 0 { named[Int(a)] = true }
        }
        var keep = Set<String>()
        for i in actors.indices where named[i] { keep.insert(actors[i].id) }
        return eco.filtered { keep.contains($0.id) }
    }
}

/// The value of one period for the `--period` exports: the usual result of the command (for
/// JSON) and its key figures (for the table and the CSV).
public struct PeriodResult<Full, Figures> {
    public var full: Full
    public var figures: Figures
    public init(full: Full, figures: Figures) {
        self.full = full
        self.figures = figures
    }
}

extension PeriodResult: Sendable where Full: Sendable, Figures: Sendable {}
