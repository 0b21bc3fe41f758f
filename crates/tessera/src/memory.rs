//! Huge pages for the heap.
//!
//! Resolution keeps tens of thousands of small records alive (event features, name cards,
//! entity records, recent-event lists) plus SQLite's page cache, and the records a report's
//! candidates point at were allocated at scattered times, so they lie scattered over a heap
//! of a few hundred MiB. With 4 KiB pages nearly every such read is also a TLB miss, which on
//! a virtual machine walks two page tables: measured on 30,000 synthetic reports, storing a
//! report took 2.0 ms at the start and 3.8 ms at the end with 4 KiB pages, and 1.8–1.9 ms
//! throughout with glibc's heap on transparent huge pages.
//!
//! glibc turns huge pages on for its heap only through the `glibc.malloc.hugetlb` tunable,
//! which it reads from the environment when the program starts. So on Linux with glibc the
//! binary starts itself again, once, with that tunable added to `GLIBC_TUNABLES`. A user who
//! sets the tunable (to any value, `0` for 4 KiB pages) is left alone, and if the program
//! cannot start itself again it simply runs on.

/// The tunable: glibc advises the kernel to back its heap with transparent huge pages.
pub const TUNABLE: &str = "glibc.malloc.hugetlb";

/// The `GLIBC_TUNABLES` value to start again with, given the current one; `None` when the
/// user already chose a value for the tunable.
pub fn tunables(current: Option<&str>) -> Option<String> {
    match current {
        Some(v) if v.split(':').any(|t| t.split('=').next() == Some(TUNABLE)) => None,
        Some(v) if !v.is_empty() => Some(format!("{v}:{TUNABLE}=1")),
        _ => Some(format!("{TUNABLE}=1")),
    }
}

/// Starts this program again with huge pages for the heap, unless the tunable is set
/// already. Returns only when it did not start again.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn use_huge_pages() {
    use std::os::unix::process::CommandExt;
    let current = std::env::var_os("GLIBC_TUNABLES");
    let Some(value) = tunables(current.as_ref().and_then(|v| v.to_str())) else {
        return;
    };
    // A value that is not UTF-8 is the user's own: leave it as it is.
    if current.as_ref().is_some_and(|v| v.to_str().is_none()) {
        return;
    }
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    let mut args = std::env::args_os();
    let mut cmd = std::process::Command::new(exe);
    if let Some(arg0) = args.next() {
        cmd.arg0(arg0);
    }
    // `exec` returns only if it failed; the program then runs on as it is.
    let _ = cmd.args(args).env("GLIBC_TUNABLES", value).exec();
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn use_huge_pages() {}

/// How the heap is paged, for the benchmark's header: the tunable as this process saw it
/// and the kernel's transparent huge page mode.
pub fn describe() -> String {
    let tunable = std::env::var("GLIBC_TUNABLES")
        .ok()
        .and_then(|v| {
            v.split(':')
                .find(|t| t.split('=').next() == Some(TUNABLE))
                .map(str::to_string)
        })
        .unwrap_or_else(|| format!("{TUNABLE} unset"));
    let thp = std::fs::read_to_string("/sys/kernel/mm/transparent_hugepage/enabled")
        .ok()
        .and_then(|s| {
            s.split_whitespace()
                .find(|w| w.starts_with('['))
                .map(|w| w.trim_matches(['[', ']']).to_string())
        })
        .unwrap_or_else(|| "unknown".into());
    format!("heap pages: {tunable}, transparent huge pages: {thp}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_the_tunable_once_and_respects_the_users_choice() {
        assert_eq!(tunables(None).as_deref(), Some("glibc.malloc.hugetlb=1"));
        assert_eq!(
            tunables(Some("")).as_deref(),
            Some("glibc.malloc.hugetlb=1")
        );
        assert_eq!(
            tunables(Some("glibc.malloc.arena_max=2")).as_deref(),
            Some("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1")
        );
        assert_eq!(tunables(Some("glibc.malloc.hugetlb=0")), None);
        assert_eq!(
            tunables(Some("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1")),
            None
        );
        // A longer tunable that only begins with the same words is another one.
        assert_eq!(
            tunables(Some("glibc.malloc.hugetlbx=3")).as_deref(),
            Some("glibc.malloc.hugetlbx=3:glibc.malloc.hugetlb=1")
        );
    }
}
