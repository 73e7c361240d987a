#if canImport(Glibc)
import Glibc

/// Starts the process again, once, with glibc's malloc backing its heap by transparent huge pages.
///
/// Opening a large index decodes tables of a few hundred megabytes, and with 4 KiB pages a third
/// of the time went to page faults (58,000 at 100k articles). With `glibc.malloc.hugetlb=1` there
/// are 12,000 and the reader's first frame comes 80–100 ms sooner; docs/performance.md has the
/// figures. glibc reads its tunables only when a process starts, so the setting is put in the
/// environment and the same program is executed again with the same arguments.
///
/// Nothing happens when `GLIBC_TUNABLES` already names the setting (as it does after the restart,
/// and as a user may set it, `=0` to turn it off), when the kernel never makes huge pages, or when
/// the restart fails: the process then goes on as it is.
enum HugePages {
    static let tunable = "glibc.malloc.hugetlb"

    static func restartWithHugePages() {
        let current = getenv("GLIBC_TUNABLES").map { String(cString: $0) }
        if let current, current.contains(tunable) { return }
        guard kernelMakesHugePages() else { return }
        let value = (current.map { $0.isEmpty ? "" : $0 + ":" } ?? "") + tunable + "=1"
        guard setenv("GLIBC_TUNABLES", value, 1) == 0 else { return }
        _ = execv("/proc/self/exe", CommandLine.unsafeArgv)
    }

    /// Whether transparent huge pages are on for memory that asks for them (`always` or `madvise`).
    private static func kernelMakesHugePages() -> Bool {
        guard let file = fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r") else { return false }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 128)
        guard fgets(&line, Int32(line.count), file) != nil else { return false }
        let setting = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return !setting.contains("[never]")
    }
}
#else
enum HugePages {
    static func restartWithHugePages() {}
}
#endif
