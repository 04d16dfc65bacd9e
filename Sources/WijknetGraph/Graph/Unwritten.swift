extension Array where Element: BitwiseCopyable {
    /// `count` elements left as the allocator gave them, for a caller that writes every one
    /// before reading it: no pass that zeroes memory only to overwrite it.
    ///
    /// At a million actors that pass is not free (issue 28): fresh memory is cleared by the
    /// kernel page by page on first touch, so zeroing the graph's rows (390 MB) first cost
    /// 0.8 s on one thread, where the two threads that fill them now take those page faults
    /// between them. (`package`: the other targets of Wijknet use it too; it is not API.)
    package static func unwritten(_ count: Int) -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
    }
}
