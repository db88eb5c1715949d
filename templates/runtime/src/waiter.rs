//! Waiting until a resource reaches a state.
//!
//! JD Cloud's create and modify operations answer while the resource is still
//! changing: `createInstances` returns while the instance is `pending`. A
//! [`Waiter`] polls an operation (any closure returning a future of
//! `Result<T, Error>`) until a condition on its result holds, waiting longer
//! between polls each time, and gives up at a deadline. It stops early on a
//! terminal state (the condition can no longer hold) and on an error that is
//! not transient.
//!
//! Waiting for a vm instance to be `running`: with the generated client, the
//! poll is `|| vm.describe_instance("cn-north-1", &id).send()`; here the
//! service is a stub (feature `test-util`) that answers `pending` twice, then
//! `running`.
//!
//! ```
//! use std::time::Duration;
//!
//! use jdcloud_sdk_runtime::test_util::{Rule, StubTransport};
//! use jdcloud_sdk_runtime::waiter::{WaitOutcome, WaitState, Waiter};
//! use jdcloud_sdk_runtime::{send, Method, Request, Response};
//! use serde::Deserialize;
//! use serde_json::json;
//!
//! #[derive(Debug, Deserialize)]
//! struct DescribeInstanceResult {
//!     instance: Instance,
//! }
//!
//! #[derive(Debug, Deserialize)]
//! struct Instance {
//!     status: String,
//! }
//!
//! # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
//! let stub = StubTransport::new().with_rule(
//!     Rule::operation("describeInstance")
//!         .result(json!({"instance": {"status": "pending"}}))
//!         .result(json!({"instance": {"status": "pending"}}))
//!         .result(json!({"instance": {"status": "running"}})),
//! );
//! let config = stub.config();
//!
//! // What `vm.describe_instance("cn-north-1", "i-1").send()` does.
//! let describe = || {
//!     let request = Request::new(Method::GET, "vm", "v1", "/regions/cn-north-1/instances/i-1")
//!         .with_operation("describeInstance");
//!     send::<DescribeInstanceResult>(&config, request)
//! };
//!
//! let outcome = Waiter::new(Duration::from_secs(300))
//!     .with_initial_delay(Duration::from_millis(10))
//!     .wait(describe, |response: &Response<DescribeInstanceResult>| {
//!         match response.result.instance.status.as_str() {
//!             "running" => WaitState::Ready,
//!             // Creation failed: the instance will never run.
//!             "error" | "stopped" => WaitState::Terminal,
//!             _ => WaitState::Pending,
//!         }
//!     })
//!     .await;
//!
//! match outcome {
//!     WaitOutcome::Ready(response) => assert_eq!(response.result.instance.status, "running"),
//!     WaitOutcome::Terminal(response) => panic!("gave up: {:?}", response.result),
//!     WaitOutcome::TimedOut { last, .. } => panic!("still {last:?}"),
//!     WaitOutcome::Failed(error) => panic!("{error}"),
//! }
//! assert_eq!(stub.requests().len(), 3);
//! # });
//! ```

use std::fmt;
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rand::Rng;

use crate::error::Error;

/// Default wait before the second poll: 2 s. Quick operations (renaming,
/// attaching) are done within a second or two; waiting less would mostly
/// find them still changing.
pub const DEFAULT_INITIAL_DELAY: Duration = Duration::from_secs(2);

/// Default longest wait between polls: 15 s. An instance takes tens of seconds
/// to start; polling at most every 15 s notices readiness at most 15 s late
/// and keeps a long wait to four calls a minute, far below the rate limits of
/// JD Cloud's describe operations.
pub const DEFAULT_MAX_DELAY: Duration = Duration::from_secs(15);

/// What the condition says about one result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WaitState {
    /// The condition holds: stop waiting.
    Ready,
    /// Not yet: poll again.
    Pending,
    /// The condition can no longer hold (the instance went to `error`): stop.
    Terminal,
}

/// How a wait ended.
#[derive(Debug)]
#[must_use]
pub enum WaitOutcome<T> {
    /// The condition holds for this result.
    Ready(T),
    /// This result is in a state from which the condition cannot be reached.
    Terminal(T),
    /// The deadline passed first.
    TimedOut {
        /// The last result polled, if any poll succeeded.
        last: Option<T>,
        /// The error of the last poll, when it failed with a transient error.
        last_error: Option<Error>,
        /// Polls made.
        polls: u32,
    },
    /// A poll failed with an error that is not transient (see
    /// [`Waiter::continue_on_error`]).
    Failed(Error),
}

impl<T> WaitOutcome<T> {
    /// Whether the condition was reached.
    pub fn is_ready(&self) -> bool {
        matches!(self, WaitOutcome::Ready(_))
    }

    /// The result that met the condition, if one did.
    pub fn ready(self) -> Option<T> {
        match self {
            WaitOutcome::Ready(value) => Some(value),
            _ => None,
        }
    }
}

/// Polls until a condition holds, with backoff and a deadline. See the
/// [module docs](self) for an example.
///
/// The first poll is made at once; then the waits between polls start at
/// [`Waiter::with_initial_delay`] and double up to [`Waiter::with_max_delay`],
/// each drawn at random between half and all of its value so that many
/// waiters do not poll in step. No poll starts, and no poll goes on, past the
/// deadline: the wait ends by then.
///
/// A poll that fails with a transient error ([`Error::is_transient`]: a
/// timeout, a lost connection, HTTP 429 or 5xx, after `send`'s own retries)
/// does not end the wait; any other error does.
#[derive(Clone)]
pub struct Waiter {
    timeout: Duration,
    initial_delay: Duration,
    max_delay: Duration,
    continue_on: Option<Arc<ErrorDecision>>,
}

/// Whether a wait goes on after a failed poll.
type ErrorDecision = dyn Fn(&Error) -> bool + Send + Sync;

impl fmt::Debug for Waiter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Waiter")
            .field("timeout", &self.timeout)
            .field("initial_delay", &self.initial_delay)
            .field("max_delay", &self.max_delay)
            .field("continue_on_error", &self.continue_on.is_some())
            .finish()
    }
}

impl Waiter {
    /// A waiter that gives up after `timeout`, with the default delays
    /// ([`DEFAULT_INITIAL_DELAY`], [`DEFAULT_MAX_DELAY`]).
    pub fn new(timeout: Duration) -> Self {
        Waiter {
            timeout,
            initial_delay: DEFAULT_INITIAL_DELAY,
            max_delay: DEFAULT_MAX_DELAY,
            continue_on: None,
        }
    }

    /// Sets the wait before the second poll.
    pub fn with_initial_delay(mut self, delay: Duration) -> Self {
        self.initial_delay = delay;
        self
    }

    /// Sets the longest wait between polls.
    pub fn with_max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// Decides which failed polls the wait goes on after, instead of
    /// [`Error::is_transient`]: for example, also `NOT_FOUND` while a new
    /// resource is not yet visible.
    pub fn continue_on_error(
        mut self,
        decide: impl Fn(&Error) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.continue_on = Some(Arc::new(decide));
        self
    }

    /// The deadline, counted from the start of [`Waiter::wait`].
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// The longest wait before poll number `poll + 1` (`poll` counts from 1):
    /// the initial delay doubled `poll - 1` times, capped at the maximum.
    pub fn delay_ceiling(&self, poll: u32) -> Duration {
        let exponent = poll.saturating_sub(1).min(31);
        self.initial_delay
            .saturating_mul(1u32 << exponent)
            .min(self.max_delay)
    }

    /// Polls with `poll` until `check` says [`WaitState::Ready`] or
    /// [`WaitState::Terminal`], a poll fails with an error that does not let
    /// the wait go on, or the deadline passes.
    pub async fn wait<T, F, Fut, C>(&self, mut poll: F, mut check: C) -> WaitOutcome<T>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, Error>>,
        C: FnMut(&T) -> WaitState,
    {
        let started = Instant::now();
        let deadline = started.checked_add(self.timeout);
        let remaining =
            |now: Instant| deadline.map_or(Duration::MAX, |d| d.saturating_duration_since(now));
        let mut last: Option<T> = None;
        let mut last_error: Option<Error> = None;
        let mut polls: u32 = 0;
        loop {
            let left = remaining(Instant::now());
            if left.is_zero() {
                return timed_out(last, last_error, polls);
            }
            polls += 1;
            let result = match tokio::time::timeout(left, poll()).await {
                Ok(result) => result,
                Err(_) => {
                    tracing::debug!(polls, "waiter: the deadline passed during a poll");
                    return timed_out(last, last_error, polls);
                }
            };
            match result {
                Ok(value) => {
                    let state = check(&value);
                    tracing::debug!(polls, ?state, "waiter poll");
                    match state {
                        WaitState::Ready => return WaitOutcome::Ready(value),
                        WaitState::Terminal => return WaitOutcome::Terminal(value),
                        WaitState::Pending => {
                            last = Some(value);
                            last_error = None;
                        }
                    }
                }
                Err(error) => {
                    let go_on = match &self.continue_on {
                        Some(decide) => decide(&error),
                        None => error.is_transient(),
                    };
                    tracing::debug!(polls, %error, go_on, "waiter poll failed");
                    if !go_on {
                        return WaitOutcome::Failed(error);
                    }
                    last_error = Some(error);
                }
            }
            let delay = self.jittered_delay(polls);
            if delay >= remaining(Instant::now()) {
                tracing::debug!(polls, "waiter: no time left for another poll");
                return timed_out(last, last_error, polls);
            }
            tokio::time::sleep(delay).await;
        }
    }

    /// A wait between half and all of [`Waiter::delay_ceiling`].
    fn jittered_delay(&self, poll: u32) -> Duration {
        let ceiling = self.delay_ceiling(poll);
        let nanos = u64::try_from(ceiling.as_nanos()).unwrap_or(u64::MAX);
        Duration::from_nanos(rand::rng().random_range(nanos / 2..=nanos))
    }
}

fn timed_out<T>(last: Option<T>, last_error: Option<Error>, polls: u32) -> WaitOutcome<T> {
    tracing::info!(
        polls,
        "waiter: the deadline passed before the condition held"
    );
    WaitOutcome::TimedOut {
        last,
        last_error,
        polls,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ServiceError;
    use std::cell::Cell;

    fn block<F: Future>(future: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(future)
    }

    fn quick(timeout_ms: u64) -> Waiter {
        Waiter::new(Duration::from_millis(timeout_ms))
            .with_initial_delay(Duration::from_millis(2))
            .with_max_delay(Duration::from_millis(8))
    }

    fn state(s: &&str) -> WaitState {
        match *s {
            "running" => WaitState::Ready,
            "error" => WaitState::Terminal,
            _ => WaitState::Pending,
        }
    }

    fn service(http_status: u16, status: &str) -> Error {
        Error::Service(ServiceError {
            http_status,
            code: Some(i64::from(http_status)),
            status: Some(status.into()),
            message: "m".into(),
            request_id: None,
        })
    }

    #[test]
    fn delays_double_and_cap() {
        let w = Waiter::new(Duration::from_secs(60));
        assert_eq!(w.delay_ceiling(1), Duration::from_secs(2));
        assert_eq!(w.delay_ceiling(2), Duration::from_secs(4));
        assert_eq!(w.delay_ceiling(3), Duration::from_secs(8));
        assert_eq!(w.delay_ceiling(4), Duration::from_secs(15));
        assert_eq!(w.delay_ceiling(u32::MAX), Duration::from_secs(15));
        for poll in 1..6 {
            let d = w.jittered_delay(poll);
            assert!(d <= w.delay_ceiling(poll) && d >= w.delay_ceiling(poll) / 2);
        }
    }

    #[test]
    fn ready_after_pending() {
        let script = ["pending", "pending", "running"];
        let n = Cell::new(0);
        let outcome = block(quick(1000).wait(
            || {
                let i = n.get();
                n.set(i + 1);
                std::future::ready(Ok::<_, Error>(script[i.min(2)]))
            },
            state,
        ));
        assert!(
            matches!(outcome, WaitOutcome::Ready("running")),
            "{outcome:?}"
        );
        assert_eq!(n.get(), 3);
    }

    #[test]
    fn stops_on_a_terminal_state() {
        let outcome = block(quick(1000).wait(|| std::future::ready(Ok("error")), state));
        assert!(matches!(outcome, WaitOutcome::Terminal("error")));
    }

    #[test]
    fn times_out_with_the_last_value() {
        let started = Instant::now();
        let outcome = block(quick(60).wait(|| std::future::ready(Ok("pending")), state));
        let elapsed = started.elapsed();
        match outcome {
            WaitOutcome::TimedOut {
                last: Some("pending"),
                last_error: None,
                polls,
            } => assert!(polls >= 3, "{polls}"),
            other => panic!("{other:?}"),
        }
        assert!(
            elapsed <= Duration::from_millis(60) + Duration::from_millis(50),
            "{elapsed:?}"
        );
    }

    #[test]
    fn a_slow_poll_is_cut_at_the_deadline() {
        let started = Instant::now();
        let outcome = block(quick(50).wait(
            || async {
                tokio::time::sleep(Duration::from_secs(5)).await;
                Ok("running")
            },
            state,
        ));
        assert!(matches!(
            outcome,
            WaitOutcome::TimedOut {
                last: None,
                polls: 1,
                ..
            }
        ));
        assert!(started.elapsed() < Duration::from_secs(1));
    }

    #[test]
    fn transient_errors_go_on_and_others_stop() {
        let n = Cell::new(0);
        let outcome = block(quick(1000).wait(
            || {
                let i = n.get();
                n.set(i + 1);
                std::future::ready(match i {
                    0 => Err(Error::Timeout),
                    1 => Err(service(503, "UNAVAILABLE")),
                    _ => Ok("running"),
                })
            },
            state,
        ));
        assert!(outcome.is_ready());
        assert_eq!(n.get(), 3);

        let outcome = block(quick(1000).wait(
            || std::future::ready(Err::<&str, _>(service(400, "INVALID_ARGUMENT"))),
            state,
        ));
        assert!(matches!(outcome, WaitOutcome::Failed(Error::Service(_))));

        let outcome =
            block(quick(30).wait(|| std::future::ready(Err::<&str, _>(Error::Timeout)), state));
        assert!(matches!(
            outcome,
            WaitOutcome::TimedOut {
                last: None,
                last_error: Some(Error::Timeout),
                ..
            }
        ));
    }

    #[test]
    fn the_error_decision_can_be_replaced() {
        let n = Cell::new(0);
        let waiter = quick(1000).continue_on_error(|e| {
            e.as_service().and_then(|s| s.status.as_deref()) == Some("NOT_FOUND")
        });
        let outcome = block(waiter.wait(
            || {
                let i = n.get();
                n.set(i + 1);
                std::future::ready(if i == 0 {
                    Err(service(404, "NOT_FOUND"))
                } else {
                    Ok("running")
                })
            },
            state,
        ));
        assert_eq!(outcome.ready(), Some("running"));
        let outcome =
            block(waiter.wait(|| std::future::ready(Err::<&str, _>(Error::Timeout)), state));
        assert!(matches!(outcome, WaitOutcome::Failed(Error::Timeout)));
    }
}
