//! The process's peak memory, for the benchmarks (Linux; 0 elsewhere). Shared by the examples
//! of both crates with `#[path]`.

/// This process's peak resident memory (MB) since it started or since the last
/// [`reset_peak`].
pub fn peak_mb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches(" kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb / 1024)
}

/// Starts a new peak from the memory in use now (Linux 4.0+), so each phase has its own.
#[allow(dead_code)] // not every benchmark has phases
pub fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}
