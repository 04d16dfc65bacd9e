/// Returning freed memory to the system at the points where a large run is about to allocate
/// much more (issue 28).
///
/// glibc keeps the pages a thread freed in that thread's malloc arena, resident, for the next
/// allocation of the same thread; a large array allocated afterwards (the rows of an analysis,
/// the graph after the read) takes fresh pages instead. So the process peaks at what was freed
/// plus what is new. Where a phase ends and a larger one begins, ``giveBack()`` hands the free
/// pages of every arena back (`malloc_trim(3)`).
enum FreedMemory {
    /// Gives the free pages of every malloc arena back to the system (glibc; elsewhere nothing).
    static func giveBack() {
        #if canImport(Glibc)
        _ = glibcMallocTrim(0)
        #endif
    }
}

#if canImport(Glibc)
/// glibc's `malloc_trim(3)` (declared in `malloc.h`, which the Glibc module does not export):
/// returns the free pages of every malloc arena to the system.
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
