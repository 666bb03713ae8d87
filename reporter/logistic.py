"""The learned layers' one model form: a logistic score over named features, read without scikit-learn.

Kept apart from the extractor so the brief's layers load it without importing the extractor.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat


@dataclass(frozen=True, slots=True)
class Scorer:
    """A logistic model: the probability is the sigmoid of the bias plus the weights of the features."""

    weights: dict[str, float]
    bias: float

    def probability(self, feats: Sequence[str]) -> float:
        w = self.weights
        z = self.bias + sum(map(w.get, feats, repeat(0.0)))  # the same sum, in order, read in C
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
