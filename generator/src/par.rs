//! Independent pieces of work (pages to parse, services to emit) spread over the machine's
//! cores, with the results in the order of the inputs, so the output does not depend on how
//! many threads ran or how they were scheduled.

use std::sync::atomic::{AtomicUsize, Ordering};

/// Stack of each worker thread: what a main thread usually gets, so that work moved off the
/// main thread has the same room for deep input.
const STACK_SIZE: usize = 8 << 20;

/// How many threads [`map`] uses: `JDCLOUD_CODEGEN_THREADS` when it is a positive number,
/// otherwise the number of cores available to the process.
pub fn threads() -> usize {
    std::env::var("JDCLOUD_CODEGEN_THREADS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// `items.iter().map(f).collect()`, on up to [`threads`] threads (the calling one among them).
/// Items are handed out one at a time, so a few large items do not leave threads idle. A
/// panic in `f` is resumed on the calling thread, as it would surface without threads.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let workers = threads().min(items.len());
    if workers <= 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else {
                return done;
            };
            done.push((i, f(item)));
        }
    };
    let parts: Vec<Vec<(usize, R)>> = std::thread::scope(|scope| {
        let spawned: Vec<_> = (1..workers)
            .filter_map(|_| {
                std::thread::Builder::new()
                    .stack_size(STACK_SIZE)
                    .spawn_scoped(scope, work)
                    .ok()
            })
            .collect();
        let mut parts = vec![work()];
        for handle in spawned {
            match handle.join() {
                Ok(part) => parts.push(part),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        parts
    });
    let mut slots: Vec<Option<R>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    for (i, r) in parts.into_iter().flatten() {
        slots[i] = Some(r);
    }
    // Every index below `items.len()` was taken by exactly one worker (or by the calling
    // thread, when a worker could not be started), so every slot is filled.
    slots.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_order_of_the_inputs() {
        let items: Vec<u64> = (0..1000).collect();
        // Uneven work, so that threads finish out of order.
        let out = map(&items, |&i| {
            let spin: u64 = (0..(i % 7) * 1000).map(std::hint::black_box).sum();
            (i, spin)
        });
        let order: Vec<u64> = out.iter().map(|&(i, _)| i).collect();
        assert_eq!(order, items);
        assert_eq!(map(&[] as &[u8], |&b| b), Vec::<u8>::new());
        assert_eq!(map(&[5u8], |&b| b + 1), vec![6]);
    }

    #[test]
    fn a_panic_reaches_the_caller() {
        let items: Vec<u32> = (0..64).collect();
        let caught = std::panic::catch_unwind(|| {
            map(&items, |&i| {
                assert!(i != 40, "item 40");
                i
            })
        });
        assert!(caught.is_err());
    }
}
