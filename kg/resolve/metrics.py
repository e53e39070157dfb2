"""Which way is better for a metric, so leaderboards sort best first."""

from __future__ import annotations

import re

__all__ = ["higher_is_better"]

_LOWER_IS_BETTER = re.compile(
    r"\b(errors?|err|loss|mdae|fpr\d*|hter|mpjpe|mpe|ate|rpe|tre|hallucination rates?|leakage|perplexity|ppl|wer|cer|ter|[rgs]?fid|kid|[rg]?fvd|mae|mse|rmse|mape|latency|eer|ece|"
    r"distance|bpc|bpd|bits per|nll|miss rate|fpr|false positive|runtime|time|cost|hd95|hausdorff|"
    r"abs ?rel|epe|ade|fde|memory|flops|parameters|params|lpips|chamfer|regret)\b", re.I)


def higher_is_better(metric: str | None) -> bool:
    """Accuracy-like metrics rise, error-like metrics fall; unknown metrics rise."""
    return not (metric and _LOWER_IS_BETTER.search(metric.replace("_", " ")))
