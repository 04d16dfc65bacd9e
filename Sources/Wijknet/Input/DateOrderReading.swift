/// Decides the order of day and month **per file**, from all its dates.
///
/// A date like `01/02/2025` is 1 February to a Dutch reader and 2 January to an American one;
/// a file that holds only such dates gives no clue, and reading it the wrong way is silent. So
/// the reader looks at every date of the file:
/// - a date whose first number is above 12 (`13/02/2025`) can only be day-first, one whose
///   second number is above 12 (`02/13/2025`) only month-first;
/// - when some date can only be month-first and none only day-first, the whole file is read
///   month-first, and a note says so (naming the line that decided it);
/// - when no date tells, the file is read day-first (the Dutch convention) and a note says that
///   the order was assumed, naming the first ambiguous line;
/// - when the file holds dates of both kinds it is a problem (the order cannot be known); the
///   ambiguous dates are then read day-first;
/// - a forced order (`--date-format`) reads every date that way, and a date that is not one in
///   that order is a problem of its row.
///
/// `YYYY-MM-DD` dates have a fixed order and tell nothing. While the file is read, an ambiguous
/// date is taken day-first; ``ContactLogReader`` swaps those rows at the end when the file turns
/// out month-first (and a streaming read starts again, see
/// ``ContactLogReader/read(logPath:actorsPath:eachRow:startOver:)``).
struct DateOrderReading {
    /// The order given by the user, else `nil` (decided from the file).
    let forced: DateOrder?
    private(set) var dayFirstOnly = 0, monthFirstOnly = 0, ambiguous = 0
    private(set) var firstDayFirstLine: Int? = nil, firstMonthFirstLine: Int? = nil, firstAmbiguousLine: Int? = nil

    init(forced: DateOrder?) { self.forced = forced }

    /// The timestamp of `parts` on `line` as read now, `nil` when no order makes it a date
    /// (or, when forced, the forced order does not). Counts what the date tells.
    mutating func timestamp(_ parts: DateParts, line: Int) -> Int64? {
        if let forced { return parts.timestamp(forced) }
        if parts.yearFirst { return parts.timestamp(.dayFirst) }
        if parts.isAmbiguous {
            ambiguous += 1
            if firstAmbiguousLine == nil { firstAmbiguousLine = line }
            return parts.timestamp(.dayFirst)
        }
        if let t = parts.timestamp(.dayFirst) {
            if parts.a > 12 { dayFirstOnly += 1; if firstDayFirstLine == nil { firstDayFirstLine = line } }
            return t
        }
        guard let t = parts.timestamp(.monthFirst) else { return nil }
        monthFirstOnly += 1
        if firstMonthFirstLine == nil { firstMonthFirstLine = line }
        return t
    }

    /// What the file's dates decided, once every row has been read.
    enum Outcome: Equatable {
        /// Forced, or read day-first with evidence, or no two-way date at all: nothing to say.
        case settled
        /// No date tells: read day-first, the first ambiguous date on `line`.
        case assumedDayFirst(line: Int)
        /// Some date can only be month-first (the first on `line`): the ambiguous ones must be swapped.
        case monthFirst(line: Int)
        /// Dates of both kinds: day-first only from `dayFirstLine`, month-first only from `monthFirstLine`.
        case mixed(dayFirstLine: Int, monthFirstLine: Int)
    }

    var outcome: Outcome {
        guard forced == nil else { return .settled }
        switch (firstDayFirstLine, firstMonthFirstLine) {
        case let (d?, m?): return .mixed(dayFirstLine: d, monthFirstLine: m)
        case let (nil, m?): return .monthFirst(line: m)
        case (_?, nil): return .settled
        case (nil, nil): return firstAmbiguousLine.map { .assumedDayFirst(line: $0) } ?? .settled
        }
    }

    /// The timestamp `t` (read day-first) as it reads month-first: day and month swapped, the
    /// time of day kept. Only for ambiguous dates, which are dates both ways.
    static func swapped(_ t: Int64) -> Int64 {
        let day = Calendar.day(ofTimestamp: t)
        let seconds = t - Int64(day) * 86_400
        let (y, m, d) = Calendar.civil(day)
        return Int64(Calendar.dayNumber(year: y, month: d, day: m)) * 86_400 + seconds
    }

    /// Counts what `later` (the dates of the rows after these) told, as if read on from here
    /// (the second half of a parallel read, ``ParallelRead``).
    mutating func append(_ later: DateOrderReading) {
        dayFirstOnly += later.dayFirstOnly
        monthFirstOnly += later.monthFirstOnly
        ambiguous += later.ambiguous
        if firstDayFirstLine == nil { firstDayFirstLine = later.firstDayFirstLine }
        if firstMonthFirstLine == nil { firstMonthFirstLine = later.firstMonthFirstLine }
        if firstAmbiguousLine == nil { firstAmbiguousLine = later.firstAmbiguousLine }
    }
}
