"""Import ``imagecorruptions`` 1.1.2 (the ImageNet-C reference) on NumPy 2 / scikit-image ≥ 0.19.

Used only by the peer benchmark and the script that regenerates the reference fixtures, in a
separate venv (never a project dependency)::

    python3 -m venv /tmp/ood-ref
    /tmp/ood-ref/bin/pip install "setuptools<81" imagecorruptions==1.1.2 psutil

Three of its 19 functions crash there: ``glass_blur`` and ``gaussian_blur`` pass
``multichannel=True`` to ``skimage.filters.gaussian`` (renamed ``channel_axis=-1``), ``fog`` uses
``np.float_`` (removed, = ``np.float64``). This module maps exactly those two names back before the
import, nothing else, so all 19 run with their published parameters.
"""

from __future__ import annotations

import numpy as np


def load():
    """Return the patched ``imagecorruptions`` module."""
    if not hasattr(np, "float_"):
        np.float_ = np.float64
    import imagecorruptions
    from imagecorruptions import corruptions as c

    gaussian = c.gaussian
    if not getattr(gaussian, "_compat", False):

        def _gaussian(image, *args, multichannel=None, **kwargs):
            if multichannel:
                kwargs["channel_axis"] = -1
            return gaussian(image, *args, **kwargs)

        _gaussian._compat = True
        c.gaussian = _gaussian
    return imagecorruptions
