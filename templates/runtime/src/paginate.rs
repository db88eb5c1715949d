//! Walking paged list operations (`pageNumber`/`pageSize` with `totalCount`)
//! as one stream of items.

use std::collections::VecDeque;
use std::future::Future;

use futures_core::Stream;

use crate::error::Error;

/// One page of a list operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// `totalCount` of the result: items across all pages, when known.
    pub total_count: Option<u64>,
}

impl<T> From<(Vec<T>, u64)> for Page<T> {
    fn from((items, total): (Vec<T>, u64)) -> Self {
        Page {
            items,
            total_count: Some(total),
        }
    }
}

impl<T> From<(Vec<T>, Option<u64>)> for Page<T> {
    fn from((items, total_count): (Vec<T>, Option<u64>)) -> Self {
        Page { items, total_count }
    }
}

macro_rules! signed_totals {
    ($($int:ty),*) => {$(
        impl<T> From<(Vec<T>, $int)> for Page<T> {
            /// A negative total counts as unknown.
            fn from((items, total): (Vec<T>, $int)) -> Self {
                Page { items, total_count: u64::try_from(total).ok() }
            }
        }

        impl<T> From<(Vec<T>, Option<$int>)> for Page<T> {
            /// A negative total counts as unknown.
            fn from((items, total): (Vec<T>, Option<$int>)) -> Self {
                Page { items, total_count: total.and_then(|t| u64::try_from(t).ok()) }
            }
        }
    )*};
}

signed_totals!(i32, i64);

/// Turns "fetch page N" into a stream of items across all pages, starting
/// at page 1 (JD Cloud's `pageNumber` is 1-based).
///
/// `fetch` returns the page's items and the total count, as anything that
/// converts into a [`Page`] (`(Vec<T>, u64)`, `(Vec<T>, Option<i32>)`, ...).
/// The stream ends after the page that brings the items seen to the total
/// count, after an empty page, or after the first error (which it yields).
///
/// ```text
/// let instances = paginate(|page| {
///     let client = client.clone();
///     async move {
///         let result = client.describe_instances(request.page_number(page)).await?;
///         Ok((result.instances, result.total_count))
///     }
/// });
/// ```
pub fn paginate<T, P, F, Fut>(fetch: F) -> impl Stream<Item = Result<T, Error>>
where
    F: FnMut(u32) -> Fut,
    Fut: Future<Output = Result<P, Error>>,
    P: Into<Page<T>>,
{
    paginate_from(1, fetch)
}

/// Like [`paginate`], starting at `first_page`. The pages before it are
/// assumed to be as long as the first page fetched when comparing the items
/// seen with the total count.
pub fn paginate_from<T, P, F, Fut>(
    first_page: u32,
    fetch: F,
) -> impl Stream<Item = Result<T, Error>>
where
    F: FnMut(u32) -> Fut,
    Fut: Future<Output = Result<P, Error>>,
    P: Into<Page<T>>,
{
    let state = State {
        fetch,
        next_page: Some(first_page),
        skipped_pages: u64::from(first_page.saturating_sub(1)),
        seen: 0,
        buffer: VecDeque::new(),
    };
    futures_util::stream::unfold(state, |mut state| async move {
        loop {
            if let Some(item) = state.buffer.pop_front() {
                return Some((Ok(item), state));
            }
            let page_number = state.next_page?;
            state.next_page = None;
            let page: Page<T> = match (state.fetch)(page_number).await {
                Ok(page) => page.into(),
                Err(error) => return Some((Err(error), state)),
            };
            if page.items.is_empty() {
                return None;
            }
            let len = page.items.len() as u64;
            state.seen = state
                .seen
                .saturating_add(len)
                .saturating_add(state.skipped_pages.saturating_mul(len));
            state.skipped_pages = 0;
            let more = match page.total_count {
                Some(total) => state.seen < total,
                None => true,
            };
            if more {
                state.next_page = page_number.checked_add(1);
            }
            state.buffer.extend(page.items);
        }
    })
}

struct State<T, F> {
    fetch: F,
    next_page: Option<u32>,
    /// Pages before the first one fetched, counted once its length is known.
    skipped_pages: u64,
    seen: u64,
    buffer: VecDeque<T>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::StreamExt;
    use std::sync::{Arc, Mutex};

    type Fetched = std::future::Ready<Result<(Vec<u32>, Option<u64>), Error>>;

    /// Serves `pages` (1-based) and records which pages were asked for.
    fn server(
        pages: Vec<Vec<u32>>,
        total: Option<u64>,
    ) -> (Arc<Mutex<Vec<u32>>>, impl FnMut(u32) -> Fetched) {
        let asked = Arc::new(Mutex::new(Vec::new()));
        let log = asked.clone();
        let fetch = move |page: u32| {
            log.lock().unwrap().push(page);
            let items = pages.get(page as usize - 1).cloned().unwrap_or_default();
            std::future::ready(Ok((items, total)))
        };
        (asked, fetch)
    }

    async fn collect<S: Stream<Item = Result<u32, Error>>>(stream: S) -> Vec<Result<u32, Error>> {
        stream.collect().await
    }

    fn block<F: Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(f)
    }

    #[test]
    fn stops_at_total_count() {
        let (asked, fetch) = server(vec![vec![1, 2], vec![3, 4], vec![5], vec![99]], Some(5));
        let items: Vec<u32> = block(collect(paginate(fetch)))
            .into_iter()
            .map(Result::unwrap)
            .collect();
        assert_eq!(items, [1, 2, 3, 4, 5]);
        assert_eq!(*asked.lock().unwrap(), [1, 2, 3]);
    }

    #[test]
    fn stops_at_an_empty_page() {
        let (asked, fetch) = server(vec![vec![1], vec![2]], None);
        let items: Vec<u32> = block(collect(paginate(fetch)))
            .into_iter()
            .map(Result::unwrap)
            .collect();
        assert_eq!(items, [1, 2]);
        assert_eq!(*asked.lock().unwrap(), [1, 2, 3]);

        let (asked, fetch) = server(vec![], Some(10));
        assert!(block(collect(paginate(fetch))).is_empty());
        assert_eq!(*asked.lock().unwrap(), [1]);
    }

    #[test]
    fn yields_the_error_and_ends() {
        let fetch = |page: u32| async move {
            if page == 1 {
                Ok((vec![7_u32], 10_i64))
            } else {
                Err(Error::Timeout)
            }
        };
        let results = block(collect(paginate(fetch)));
        assert_eq!(results.len(), 2);
        assert!(matches!(results[0], Ok(7)));
        assert!(matches!(results[1], Err(Error::Timeout)));
    }

    #[test]
    fn starts_where_asked() {
        let (asked, fetch) = server(vec![vec![1], vec![2], vec![3]], Some(3));
        let items: Vec<u32> = block(collect(paginate_from(2, fetch)))
            .into_iter()
            .map(Result::unwrap)
            .collect();
        assert_eq!(items, [2, 3]);
        assert_eq!(*asked.lock().unwrap(), [2, 3]);
    }

    #[test]
    fn page_conversions() {
        let p: Page<u8> = (vec![1], -1_i32).into();
        assert_eq!(p.total_count, None);
        let p: Page<u8> = (vec![1], Some(4_i64)).into();
        assert_eq!(p.total_count, Some(4));
        let p: Page<u8> = (vec![1], 4_u64).into();
        assert_eq!(p.total_count, Some(4));
    }
}
