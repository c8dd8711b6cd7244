//! Carry-over (geometric adstock) and saturation (Hill): the two shapes every response curve is
//! made of. Pure functions of numbers; fitting lives in `fit.rs`.

/// A fitted response curve of one group: revenue per day as a function of steady daily spend.
///
/// The adstock is normalised (its weights sum to 1), so at a steady daily budget `B` the
/// adstocked spend is `B` itself and the response is `R(B) = β·B^s / (B^s + K^s)` with no θ in
/// it; θ is kept only to show how much carry-over the fit found.
#[derive(Clone, Debug, PartialEq)]
pub struct Curve {
    /// Adstock decay θ chosen by AIC (0 = no carry-over).
    pub theta: f64,
    /// β: the revenue per day the group approaches at unlimited spend.
    pub beta: f64,
    /// K: the daily spend at which the response is half of β.
    pub half_saturation: f64,
    /// s: the shape; ≤ 1 concave everywhere, > 1 S-shaped.
    pub shape: f64,
    /// 1 − SSE/SST about the mean revenue, over the days the fit used.
    pub r2: f64,
    /// Mean |y − ŷ| / y over the fitted days with revenue above zero (none: no such day).
    pub mape: Option<f64>,
    /// Days the fit used: the first `max_lag` days are dropped when θ > 0 (their carry-over
    /// from before the range is unknown).
    pub days_used: usize,
    /// Largest daily spend seen: beyond 1.2× this a plan is labelled extrapolated.
    pub max_observed: f64,
    /// Smallest daily spend above zero seen.
    pub min_observed: f64,
    /// Mean daily spend over every day in range: "today's spend" when the caller has no other.
    pub mean_spend: f64,
    /// AIC = n·ln(SSE/n) + 2k of the chosen fit (compared across θ on the same days).
    pub aic: f64,
}

impl Curve {
    /// A curve from its three shape numbers alone (statistics left empty): for hand-made
    /// curves in tests and what-if views.
    pub fn from_params(beta: f64, half_saturation: f64, shape: f64) -> Curve {
        Curve {
            theta: 0.0,
            beta,
            half_saturation,
            shape,
            r2: 0.0,
            mape: None,
            days_used: 0,
            max_observed: f64::INFINITY,
            min_observed: 0.0,
            mean_spend: 0.0,
            aic: 0.0,
        }
    }

    /// Steady-state revenue per day at daily spend `b`: `β·b^s / (b^s + K^s)`. Zero for zero,
    /// negative or non-finite spend (no spend, no attributed revenue).
    pub fn response(&self, b: f64) -> f64 {
        hill(b, self.beta, self.half_saturation, self.shape)
    }

    /// Marginal ROI dR/dB at daily spend `b`, analytic: `β·s·b^(s−1)·K^s / (b^s + K^s)²`.
    /// What the next unit of money returns; the plan equalises it across groups.
    pub fn marginal(&self, b: f64) -> f64 {
        hill_slope(b, self.beta, self.half_saturation, self.shape)
    }

    /// Average ROI R(b)/b; none at zero or invalid spend (nothing was spent to divide by).
    pub fn average_roi(&self, b: f64) -> Option<f64> {
        (b.is_finite() && b > 0.0).then(|| self.response(b) / b)
    }

    /// True when `b` lies beyond 1.2× the largest daily spend the curve was fitted on.
    pub fn extrapolated(&self, b: f64) -> bool {
        b > EXTRAPOLATION * self.max_observed
    }
}

/// Spend beyond this multiple of the largest observed day is labelled extrapolated.
pub const EXTRAPOLATION: f64 = 1.2;

fn valid(beta: f64, k: f64, s: f64) -> bool {
    beta.is_finite() && k.is_finite() && k > 0.0 && s.is_finite() && s > 0.0
}

/// Hill saturation `β·a^s / (a^s + K^s)`, written as `β·σ(s·(ln a − ln K))` so that neither a
/// huge nor a tiny ratio a/K overflows.
pub fn hill(a: f64, beta: f64, k: f64, s: f64) -> f64 {
    if !(a.is_finite() && a > 0.0 && valid(beta, k, s)) {
        return 0.0;
    }
    beta * logistic(s * (a.ln() - k.ln()))
}

/// dR/da of [`hill`]: `β·s·h·(1 − h)/a` with `h = σ(s·(ln a − ln K))`, which equals
/// `β·s·a^(s−1)·K^s / (a^s + K^s)²`. At a = 0 the limit: ∞ for s < 1, β/K for s = 1, 0 above.
pub fn hill_slope(a: f64, beta: f64, k: f64, s: f64) -> f64 {
    if !valid(beta, k, s) || a.is_nan() || a < 0.0 || a == f64::INFINITY {
        return 0.0;
    }
    if a == 0.0 {
        return match s.partial_cmp(&1.0) {
            Some(std::cmp::Ordering::Less) => f64::INFINITY,
            Some(std::cmp::Ordering::Equal) => beta / k,
            _ => 0.0,
        };
    }
    let z = s * (a.ln() - k.ln());
    let h = logistic(z);
    let one_minus = logistic(-z);
    beta * s * h * one_minus / a
}

/// σ(z) = 1 / (1 + e^−z), stable at both ends.
pub(crate) fn logistic(z: f64) -> f64 {
    if z >= 0.0 {
        1.0 / (1.0 + (-z).exp())
    } else {
        let e = z.exp();
        e / (1.0 + e)
    }
}

/// The longest lag [`adstock`] honours (about 3 years of days).
pub const MAX_LAG_CAP: usize = 1100;

/// Normalised geometric adstock: `a_t = Σ_{l=0..L} w_l·x_{t−l}`, `w_l = θ^l / Σ_j θ^j`. Days
/// before the first count as zero spend, so with θ > 0 the first `max_lag` values are
/// incomplete (the fit drops them). Same length as `spend`. θ outside [0, 1) or non-finite is
/// clamped into it; non-finite or negative spend counts as zero.
pub fn adstock(spend: &[f64], theta: f64, max_lag: usize) -> Vec<f64> {
    let theta = if theta.is_finite() {
        theta.clamp(0.0, 0.999)
    } else {
        0.0
    };
    let clean = |x: f64| if x.is_finite() && x > 0.0 { x } else { 0.0 };
    if theta == 0.0 {
        return spend.iter().map(|&x| clean(x)).collect();
    }
    // A lag longer than the series adds nothing but normalisation; the cap only keeps a silly
    // setting from allocating without bound.
    let weights: Vec<f64> = (0..=max_lag.min(MAX_LAG_CAP))
        .map(|l| theta.powi(l as i32))
        .collect();
    let total: f64 = weights.iter().sum();
    (0..spend.len())
        .map(|t| {
            let sum: f64 = weights
                .iter()
                .zip(spend[..=t].iter().rev())
                .map(|(w, &x)| w * clean(x))
                .sum();
            sum / total
        })
        .collect()
}
