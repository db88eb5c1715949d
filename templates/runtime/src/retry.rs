//! Retries: which failures are worth another attempt, and how long to wait.
//!
//! A failed attempt is retried when the failure is transient (HTTP 429 other
//! than `QUOTA_EXCEEDED`, HTTP 5xx other than 501 and 505, a timeout, a broken
//! connection) **and** the request is safe to repeat: a GET or HEAD, or an
//! operation that carries a `clientToken` (the service then recognises the
//! repeat). A request that could not even connect never reached the service,
//! so it is retried whatever its method.
//!
//! A failed TLS handshake is not retried (it would fail again), nor is a
//! response that was read but could not be used (too large, not the documented
//! JSON).
//!
//! Waits grow exponentially with full jitter, and a `Retry-After` header on a
//! 429 or 503 is honoured: the wait is what the server asked for, and the call
//! gives up instead when that is longer than [`RetryPolicy::max_backoff`].
//! No wait and no attempt goes past the call's
//! [`Config::total_timeout`](crate::Config::total_timeout): the call then ends
//! with the last attempt's error.

use std::time::{Duration, SystemTime};

use rand::Rng;

use crate::datetime::parse_http_date;
use crate::error::Error;
use crate::signer::push_hex;
use crate::transport::TransportErrorKind;

/// How often and how patiently failed calls are retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in total, the first one included; `1` disables retries.
    pub max_attempts: u32,
    /// Upper bound of the wait before the first retry; doubles for each further retry.
    pub initial_backoff: Duration,
    /// Upper bound of any wait, `Retry-After` included.
    pub max_backoff: Duration,
}

impl Default for RetryPolicy {
    /// Three attempts, waits up to 200 ms, 400 ms, ... capped at 20 s.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(20),
        }
    }
}

/// What happened to one attempt, as far as retrying is concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The service answered with a non-success HTTP status.
    Status {
        /// HTTP status.
        http_status: u16,
        /// `error.status` of the body, such as `RATE_LIMIT`.
        status: Option<String>,
        /// The `Retry-After` header, already parsed.
        retry_after: Option<Duration>,
    },
    /// No connection could be made: nothing was sent.
    ConnectFailed,
    /// The attempt timed out (the request may have been processed).
    TimedOut,
    /// The connection failed after the request may have been sent.
    ConnectionLost,
    /// Any other failure (invalid request, unreadable response, ...).
    Other,
}

impl Outcome {
    /// What an error says about the attempt that ended with it (a service
    /// error's `Retry-After` is not known here, and is `None`).
    pub fn of(error: &Error) -> Outcome {
        match error {
            Error::Service(e) => Outcome::Status {
                http_status: e.http_status,
                status: e.status.clone(),
                retry_after: None,
            },
            Error::Timeout => Outcome::TimedOut,
            Error::Stalled { .. } => Outcome::ConnectionLost,
            Error::Transport(e) => match e.kind() {
                TransportErrorKind::Connect => Outcome::ConnectFailed,
                TransportErrorKind::ConnectionLost | TransportErrorKind::Protocol => {
                    Outcome::ConnectionLost
                }
                _ => Outcome::Other,
            },
            _ => Outcome::Other,
        }
    }
}

impl RetryPolicy {
    /// A policy that never retries.
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// Sets the number of attempts (at least one).
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// Sets the first backoff ceiling.
    pub fn with_initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// Sets the longest wait.
    pub fn with_max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// The longest wait before retry number `retry` (1 for the first retry):
    /// `initial_backoff * 2^(retry - 1)`, capped at `max_backoff`.
    pub fn backoff_ceiling(&self, retry: u32) -> Duration {
        let exponent = retry.saturating_sub(1).min(31);
        self.initial_backoff
            .saturating_mul(1u32 << exponent)
            .min(self.max_backoff)
    }

    /// A random wait in `[0, backoff_ceiling(retry)]` ("full jitter").
    pub fn backoff<R: Rng + ?Sized>(&self, retry: u32, rng: &mut R) -> Duration {
        let ceiling = self.backoff_ceiling(retry);
        let nanos = u64::try_from(ceiling.as_nanos()).unwrap_or(u64::MAX);
        Duration::from_nanos(rng.random_range(0..=nanos))
    }

    /// Whether, and after how long, to retry after attempt number `attempt`
    /// (1-based) ended with `outcome`. `idempotent` tells whether the request is
    /// safe to repeat (GET, HEAD, or carrying a `clientToken`).
    pub fn next_delay<R: Rng + ?Sized>(
        &self,
        attempt: u32,
        outcome: &Outcome,
        idempotent: bool,
        rng: &mut R,
    ) -> Option<Duration> {
        if attempt >= self.max_attempts || !is_retryable(outcome, idempotent) {
            return None;
        }
        match outcome {
            Outcome::Status {
                http_status: 429 | 503,
                retry_after: Some(wait),
                ..
            } => (*wait <= self.max_backoff).then_some(*wait),
            _ => Some(self.backoff(attempt, rng)),
        }
    }
}

/// Whether a failure is transient and the request may be sent again.
pub fn is_retryable(outcome: &Outcome, idempotent: bool) -> bool {
    match outcome {
        // Nothing reached the service.
        Outcome::ConnectFailed => true,
        Outcome::TimedOut | Outcome::ConnectionLost => idempotent,
        Outcome::Status {
            http_status,
            status,
            ..
        } => {
            let transient = match http_status {
                // QUOTA_EXCEEDED shares 429 with RATE_LIMIT but does not go away by waiting.
                429 => status.as_deref() != Some("QUOTA_EXCEEDED"),
                // Not implemented / HTTP version not supported are permanent.
                501 | 505 => false,
                500..=599 => true,
                _ => false,
            };
            transient && idempotent
        }
        Outcome::Other => false,
    }
}

/// Parses a `Retry-After` header: delay-seconds or an HTTP date (a date in the
/// past means no wait). Returns `None` when the value is neither.
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = parse_http_date(value)?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// A fresh idempotency token (a random UUID, version 4, in its 36-character
/// text form). Generated operations use it for `clientToken` when the caller
/// set none; it is put in the body once, so every retry repeats the same token.
pub fn new_client_token() -> String {
    let mut bytes: [u8; 16] = rand::random();
    bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
    let mut token = String::with_capacity(36);
    for (start, end) in [(0, 4), (4, 6), (6, 8), (8, 10), (10, 16)] {
        if start > 0 {
            token.push('-');
        }
        push_hex(&mut token, &bytes[start..end]);
    }
    token
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::StdRng;
    use rand::SeedableRng;
    use std::time::UNIX_EPOCH;

    fn status(http_status: u16) -> Outcome {
        Outcome::Status {
            http_status,
            status: None,
            retry_after: None,
        }
    }

    #[test]
    fn defaults() {
        let p = RetryPolicy::default();
        assert_eq!(p.max_attempts, 3);
        assert_eq!(RetryPolicy::none().max_attempts, 1);
        assert_eq!(RetryPolicy::default().with_max_attempts(0).max_attempts, 1);
    }

    #[test]
    fn backoff_ceiling_doubles_and_caps() {
        let p = RetryPolicy::default()
            .with_initial_backoff(Duration::from_millis(100))
            .with_max_backoff(Duration::from_secs(1));
        assert_eq!(p.backoff_ceiling(1), Duration::from_millis(100));
        assert_eq!(p.backoff_ceiling(2), Duration::from_millis(200));
        assert_eq!(p.backoff_ceiling(4), Duration::from_millis(800));
        assert_eq!(p.backoff_ceiling(5), Duration::from_secs(1));
        assert_eq!(p.backoff_ceiling(u32::MAX), Duration::from_secs(1));
        assert_eq!(p.backoff_ceiling(0), Duration::from_millis(100));
    }

    #[test]
    fn backoff_stays_within_bounds() {
        let p = RetryPolicy::default();
        let mut rng = StdRng::seed_from_u64(7);
        for retry in 1..12 {
            let ceiling = p.backoff_ceiling(retry);
            let mut max_seen = Duration::ZERO;
            for _ in 0..200 {
                let wait = p.backoff(retry, &mut rng);
                assert!(wait <= ceiling);
                max_seen = max_seen.max(wait);
            }
            // Full jitter uses the whole range, not just the bottom of it.
            assert!(max_seen > ceiling / 2, "retry {retry}: {max_seen:?}");
        }
    }

    #[test]
    fn classification() {
        for (outcome, safe, unsafe_) in [
            (status(429), true, false),
            (status(500), true, false),
            (status(502), true, false),
            (status(503), true, false),
            (status(504), true, false),
            (status(501), false, false),
            (status(505), false, false),
            (status(400), false, false),
            (status(404), false, false),
            (status(409), false, false),
            (Outcome::ConnectFailed, true, true),
            (Outcome::TimedOut, true, false),
            (Outcome::ConnectionLost, true, false),
            (Outcome::Other, false, false),
        ] {
            assert_eq!(is_retryable(&outcome, true), safe, "{outcome:?} idempotent");
            assert_eq!(
                is_retryable(&outcome, false),
                unsafe_,
                "{outcome:?} not idempotent"
            );
        }
        let quota = Outcome::Status {
            http_status: 429,
            status: Some("QUOTA_EXCEEDED".into()),
            retry_after: None,
        };
        assert!(!is_retryable(&quota, true));
        let rate = Outcome::Status {
            http_status: 429,
            status: Some("RATE_LIMIT".into()),
            retry_after: None,
        };
        assert!(is_retryable(&rate, true));
    }

    #[test]
    fn next_delay_counts_attempts() {
        let p = RetryPolicy::default();
        let mut rng = StdRng::seed_from_u64(1);
        assert!(p.next_delay(1, &status(503), true, &mut rng).is_some());
        assert!(p.next_delay(2, &status(503), true, &mut rng).is_some());
        assert!(p.next_delay(3, &status(503), true, &mut rng).is_none());
        assert!(p.next_delay(1, &status(503), false, &mut rng).is_none());
        assert!(RetryPolicy::none()
            .next_delay(1, &Outcome::ConnectFailed, true, &mut rng)
            .is_none());
    }

    #[test]
    fn retry_after_is_honoured() {
        let p = RetryPolicy::default().with_max_backoff(Duration::from_secs(5));
        let mut rng = StdRng::seed_from_u64(1);
        let with_wait = |code: u16, secs: u64| Outcome::Status {
            http_status: code,
            status: None,
            retry_after: Some(Duration::from_secs(secs)),
        };
        assert_eq!(
            p.next_delay(1, &with_wait(429, 3), true, &mut rng),
            Some(Duration::from_secs(3))
        );
        assert_eq!(
            p.next_delay(1, &with_wait(503, 0), true, &mut rng),
            Some(Duration::ZERO)
        );
        // Longer than the policy allows: give up rather than hammer early.
        assert_eq!(p.next_delay(1, &with_wait(503, 60), true, &mut rng), None);
        // Only 429 and 503 carry a meaningful Retry-After.
        let d = p
            .next_delay(1, &with_wait(500, 60), true, &mut rng)
            .unwrap();
        assert!(d <= p.backoff_ceiling(1));
    }

    #[test]
    fn parses_retry_after() {
        let now = UNIX_EPOCH + Duration::from_secs(784_111_770);
        assert_eq!(
            parse_retry_after("120", now),
            Some(Duration::from_secs(120))
        );
        assert_eq!(parse_retry_after(" 0 ", now), Some(Duration::ZERO));
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now),
            Some(Duration::from_secs(7))
        );
        assert_eq!(
            parse_retry_after(
                "Sun, 06 Nov 1994 08:49:37 GMT",
                now + Duration::from_secs(60)
            ),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-5", now), None);
    }

    #[test]
    fn client_tokens_are_uuid_v4() {
        let a = new_client_token();
        let b = new_client_token();
        assert_ne!(a, b);
        assert_eq!(a.len(), 36);
        let parts: Vec<&str> = a.split('-').collect();
        assert_eq!(
            parts.iter().map(|p| p.len()).collect::<Vec<_>>(),
            [8, 4, 4, 4, 12]
        );
        assert!(parts[2].starts_with('4'));
        assert!(matches!(&parts[3][..1], "8" | "9" | "a" | "b"));
        assert!(a.chars().all(|c| c == '-' || c.is_ascii_hexdigit()));
    }
}
