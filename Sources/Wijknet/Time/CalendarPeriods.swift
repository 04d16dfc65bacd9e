/// Calendar periods for time series: months (`2025-01`), quarters (`2025-Q1`) and years (`2025`).
public enum PeriodUnit: String, Sendable, CaseIterable, Codable {
    case month, quarter, year
}

/// One calendar period of a time series.
public struct CalendarPeriod: Sendable, Hashable, Codable {
    /// `2025-01`, `2025-Q1` or `2025`.
    public var label: String
    /// The whole calendar period (first and last day), as a ``Period`` to build an ``Ecosystem`` of.
    public var period: Period
    /// `true` when the log covers the period only in part: the first or last period, when the
    /// log's first contact is after the period's first day or its last contact before its last.
    public var partial: Bool

    public init(label: String, period: Period, partial: Bool) {
        self.label = label
        self.period = period
        self.partial = partial
    }
}

extension PeriodUnit {
    /// The calendar period of `unit` that contains `day`.
    public func period(containing day: Int) -> CalendarPeriod {
        let (y, m, _) = Calendar.civil(day)
        switch self {
        case .month:
            let first = Calendar.dayNumber(year: y, month: m, day: 1)
            let last = Calendar.dayNumber(year: y, month: m, day: Calendar.daysInMonth(year: y, month: m))
            return CalendarPeriod(label: "\(y)-\(m < 10 ? "0" : "")\(m)", period: Period(from: first, to: last), partial: false)
        case .quarter:
            let q = (m - 1) / 3 + 1
            let first = Calendar.dayNumber(year: y, month: 3 * q - 2, day: 1)
            let last = Calendar.dayNumber(year: y, month: 3 * q, day: Calendar.daysInMonth(year: y, month: 3 * q))
            return CalendarPeriod(label: "\(y)-Q\(q)", period: Period(from: first, to: last), partial: false)
        case .year:
            return CalendarPeriod(label: "\(y)", period: Period(from: Calendar.dayNumber(year: y, month: 1, day: 1),
                                                               to: Calendar.dayNumber(year: y, month: 12, day: 31)), partial: false)
        }
    }

    /// Every calendar period from the one holding `days.lowerBound` to the one holding
    /// `days.upperBound`, in order, none skipped (a period without contacts is listed too). The
    /// first and last are marked ``CalendarPeriod/partial`` when `days` starts after the first's
    /// first day or ends before the last's last day.
    /// - Complexity: O(number of periods).
    public func periods(covering days: ClosedRange<Int>) -> [CalendarPeriod] {
        var out: [CalendarPeriod] = []
        var p = period(containing: days.lowerBound)
        while true {
            out.append(p)
            guard let to = p.period.to, to < days.upperBound else { break }
            p = period(containing: to + 1)
        }
        if let first = out.first?.period.from, first < days.lowerBound { out[0].partial = true }
        if let last = out.last?.period.to, last > days.upperBound { out[out.count - 1].partial = true }
        return out
    }
}

extension ContactLog {
    /// The calendar periods of `unit` that the log's contacts span (empty without contacts).
    public func periods(_ unit: PeriodUnit) -> [CalendarPeriod] {
        dayRange.map { unit.periods(covering: $0) } ?? []
    }
}
