"""``croissant.json``: Croissant 1.0 JSON-LD of a build, with the Responsible-AI (RAI) extension.

The Parquet files under ``data/`` are one ``cr:FileSet``; one ``cr:RecordSet`` has a field per
column (the image as ``sc:ImageObject`` read from the ``bytes`` of the HF ``Image`` struct). RAI
properties are filled from provenance (steps, PII counts, faces) and the recipe's ``card:`` block;
what neither knows is left out rather than invented.

>>> doc = croissant(json.load(open("out/demo/provenance.json")), version="1.0.0")
>>> doc["recordSet"][0]["field"][0]["name"]
'id'
"""

from __future__ import annotations

from typing import Any

from trustbench.cards.card import card_info, privacy_facts

CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "prov": "http://www.w3.org/ns/prov#",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}

_VALUE_TYPES = {
    "string": "sc:Text",
    "large_string": "sc:Text",
    "bool": "sc:Boolean",
    "float16": "sc:Float",
    "float32": "sc:Float",
    "float64": "sc:Float",
}
_FILESET = "parquet-files"
_RECORDS = "default"


def _data_type(feature: Any) -> str:
    if isinstance(feature, dict) and feature.get("_type") == "Image":
        return "sc:ImageObject"
    dtype = feature.get("dtype", "string") if isinstance(feature, dict) else "string"
    if dtype.startswith(("int", "uint")):
        return "sc:Integer"
    return _VALUE_TYPES.get(dtype, "sc:Text")


def _is_struct(feature: Any) -> bool:
    return isinstance(feature, dict) and "_type" not in feature


def _sub_fields(fid: str, struct: dict[str, Any], source: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "@type": "cr:Field",
            "@id": f"{fid}/{sub}",
            "name": f"{fid}/{sub}",
            "dataType": "sc:Text" if isinstance(f, list) else _data_type(f),
            "source": {**source, "transform": {"jsonPath": sub}},
            **({"repeated": True} if isinstance(f, list) else {}),
        }
        for sub, f in struct.items()
    ]


def _field(name: str, feature: Any, parent: str = _RECORDS) -> dict[str, Any]:
    fid = f"{parent}/{name}"
    source: dict[str, Any] = {"fileSet": {"@id": _FILESET}, "extract": {"column": name}}
    out: dict[str, Any] = {"@type": "cr:Field", "@id": fid, "name": fid}
    if isinstance(feature, dict) and feature.get("_type") == "Image":
        source["transform"] = {"jsonPath": "bytes"}
        out |= {"description": "the encoded image", "dataType": "sc:ImageObject"}
    elif isinstance(feature, dict) and "_type" not in feature:  # a struct (lineage)
        out |= {"description": f"`{name}` struct", "dataType": "sc:Text"}
        out["subField"] = _sub_fields(fid, feature, source)
    elif isinstance(feature, list) or (
        isinstance(feature, dict) and feature.get("_type") in ("List", "Sequence")
    ):
        inner = feature[0] if isinstance(feature, list) else feature.get("feature", {})
        out |= {"dataType": "sc:Text" if _is_struct(inner) else _data_type(inner), "repeated": True}
        if _is_struct(inner):  # a list of structs (e.g. spans): one sub-field per struct key
            out |= {"description": f"`{name}`: a list of structs"}
            out["subField"] = _sub_fields(fid, inner, source)
    else:
        out["dataType"] = _data_type(feature)
    out["source"] = source
    return out


def _rai(prov: dict[str, Any]) -> dict[str, Any]:
    info = card_info(prov)
    steps = prov["steps"]
    steps_text = "; ".join(
        f"{s['index']}. {s['name']}: in {s['in']}, kept {s['kept']}, dropped {s['dropped']}"
        + (
            " (" + ", ".join(f"{k} {v}" for k, v in s["dropped_by_reason"].items()) + ")"
            if s["dropped_by_reason"]
            else ""
        )
        for s in steps
    )
    rai: dict[str, Any] = {
        "rai:dataCollection": (info.collection or "")
        + (" " if info.collection else "")
        + f"Read from a {prov['recipe']['source'].get('type')} source of "
        f"{prov['input']['rows']} rows (input fingerprint {prov['input']['fingerprint']}).",
        "rai:dataPreprocessingProtocol": f"trustbench recipe {prov['recipe']['name']} "
        f"(seed {prov['seed']}): {steps_text}.",
        # rows a step added (copies, counterfactuals, shifted images) or images it generated
        "rai:hasSyntheticData": any(
            s.get("added") or s["stats"].get("images_generated") for s in steps
        ),
        "rai:personalSensitiveInformation": " ".join(privacy_facts(prov)).replace("`", "")
        or "No privacy step ran in this build; not assessed.",
    }
    for key, value in (
        ("rai:dataBiases", info.biases),
        ("rai:dataLimitations", info.limitations),
        ("rai:dataUseCases", info.intended_uses),
        ("rai:dataSocialImpact", info.social_impact),
        ("rai:dataReleaseMaintenancePlan", info.maintenance),
    ):
        if value:
            rai[key] = value
    return rai


def croissant(
    prov: dict[str, Any],
    version: str | None = None,
    url: str | None = None,
    published: str | None = None,
) -> dict[str, Any]:
    """The Croissant JSON-LD document (a dict) of a build described by ``prov``; ``url`` and
    ``published`` (an ISO date) are known once a version is published."""
    info = card_info(prov)
    recipe = prov["recipe"]
    feats = prov["output"].get("features") or {}
    doc: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": "http://mlcommons.org/croissant/1.0",
        "name": info.pretty_name or recipe["name"],
        "description": recipe.get("description") or f"trustbench build {recipe['name']}",
        "version": version or info.version or "0.0.0",
        "keywords": ["trustbench", *info.tags],
        "isAccessibleForFree": True,
    }
    if url:
        doc["url"] = url
    if published:
        doc["datePublished"] = published
    if info.license:
        doc["license"] = info.license
    if info.citation:
        doc["citeAs"] = info.citation
    if info.language:
        doc["inLanguage"] = info.language
    if info.maintainers:
        doc["creator"] = [{"@type": "sc:Person", "name": m} for m in info.maintainers]
    doc |= _rai(prov)
    doc["prov:wasDerivedFrom"] = [
        {"@type": "sc:CreativeWork", "name": f["path"], "sha256": f["sha256"]}
        for f in prov["input"]["files"]
    ]
    doc["prov:wasGeneratedBy"] = {
        "@type": "prov:Activity",
        "name": f"trustbench {prov.get('trustbench')} build of recipe {recipe['name']}",
        "description": "; ".join(f"{s['index']}. {s['name']}" for s in prov["steps"]),
    }
    files = prov["output"]["files"]
    doc["distribution"] = [
        {
            "@type": "cr:FileObject",
            "@id": f["path"],
            "name": f["path"],
            "contentUrl": f["path"],
            "contentSize": f"{f['bytes']} B",
            "encodingFormat": "application/x-parquet",
            "sha256": f["sha256"],
        }
        for f in files
    ] + [
        {
            "@type": "cr:FileSet",
            "@id": _FILESET,
            "name": _FILESET,
            "description": "the Parquet shards of the dataset",
            "encodingFormat": "application/x-parquet",
            "includes": "data/*.parquet",
        }
    ]
    doc["recordSet"] = [
        {
            "@type": "cr:RecordSet",
            "@id": _RECORDS,
            "name": _RECORDS,
            "description": f"split {recipe['output']['split']}: "
            f"{prov['output']['rows']} image-text rows",
            "key": {"@id": f"{_RECORDS}/id"} if "id" in feats else None,
            "field": [_field(name, f) for name, f in feats.items()],
        }
    ]
    if doc["recordSet"][0]["key"] is None:
        del doc["recordSet"][0]["key"]
    return doc
