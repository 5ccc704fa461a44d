"""trustbench.sanitize"""

# dedupe (trustbench.sanitize.dedupe)
from trustbench.sanitize.dedupe import (  # noqa: E402, F401
    caption_key,
    cluster_duplicates,
    embed_images,
    exact_keys,
    find_caption_duplicates,
    find_exact_duplicates,
    find_near_duplicates,
    find_reference_matches,
    find_semantic_duplicates,
    hash_images,
    summarize_clusters,
)

# privacy (trustbench.sanitize.pii, .faces, .metadata)
from trustbench.sanitize.faces import FaceDetector, HaarFaceDetector, blur_faces  # noqa: E402, F401
from trustbench.sanitize.metadata import has_gps, strip_metadata  # noqa: E402, F401
from trustbench.sanitize.pii import (  # noqa: E402, F401
    PIIDetector,
    Pseudonymizer,
    detect_pii,
    pseudonymize_text,
    pseudonymize_texts,
)
