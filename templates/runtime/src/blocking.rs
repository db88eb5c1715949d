//! Running the async API synchronously (feature `blocking`).
//!
//! Calls run on one process-wide Tokio runtime, started on first use and kept
//! for the life of the process, so HTTP connections are pooled across calls.

use std::future::Future;
use std::sync::OnceLock;

use tokio::runtime::{Builder, Runtime};

/// Worker threads of the shared runtime: they drive connections and timers
/// while callers wait.
const WORKER_THREADS: usize = 2;

fn runtime() -> &'static Runtime {
    static RUNTIME: OnceLock<Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        let multi_thread = Builder::new_multi_thread()
            .worker_threads(WORKER_THREADS)
            .thread_name("jdcloud-sdk-blocking")
            .enable_all()
            .build();
        match multi_thread {
            Ok(runtime) => runtime,
            Err(first) => match Builder::new_current_thread().enable_all().build() {
                Ok(runtime) => runtime,
                Err(second) => {
                    panic!("cannot start a Tokio runtime for blocking calls: {first}; {second}")
                }
            },
        }
    })
}

/// Runs a future to completion on the shared runtime and returns its output.
///
/// Works from any thread. Called from inside an async runtime (where blocking
/// the thread in place is not allowed), it runs the future on a helper thread
/// and waits for it, so it does not panic there either; still, async code
/// should await the async API instead.
///
/// # Panics
///
/// If the future panics (the panic is passed on), or if the operating system
/// cannot start a runtime at all.
pub fn block_on<F>(future: F) -> F::Output
where
    F: Future + Send,
    F::Output: Send,
{
    if tokio::runtime::Handle::try_current().is_err() {
        return runtime().block_on(future);
    }
    std::thread::scope(|scope| {
        let helper = std::thread::Builder::new()
            .name("jdcloud-sdk-block-on".into())
            .spawn_scoped(scope, || runtime().block_on(future));
        match helper {
            Ok(handle) => match handle.join() {
                Ok(output) => output,
                Err(panic) => std::panic::resume_unwind(panic),
            },
            Err(err) => panic!("cannot start a thread for a blocking call: {err}"),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn runs_outside_any_runtime() {
        let value = block_on(async {
            tokio::time::sleep(Duration::from_millis(1)).await;
            41 + 1
        });
        assert_eq!(value, 42);
        // Twice, and from another thread: the runtime is shared.
        let other = std::thread::spawn(|| block_on(async { 7 })).join().unwrap();
        assert_eq!(other, 7);
    }

    #[test]
    fn borrows_from_the_caller() {
        let text = String::from("borrowed");
        let len = block_on(async { text.len() });
        assert_eq!(len, 8);
    }

    #[test]
    fn does_not_panic_inside_a_runtime() {
        let current = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let value = current.block_on(async { block_on(async { 5 }) });
        assert_eq!(value, 5);
        let multi = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let value = multi.block_on(async { block_on(async { 6 }) });
        assert_eq!(value, 6);
    }

    #[test]
    fn passes_panics_on() {
        let result = std::panic::catch_unwind(|| block_on(async { panic!("inner") }));
        assert!(result.is_err());
    }
}
