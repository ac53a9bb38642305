#!/usr/bin/env python3
"""Validates W3C Web Annotation files with the W3C test suite's own JSON Schemas.

Usage: validate_w3c_schemas.py FILE...   (Marginalia W3C exports, or single annotations)

Runs the MUST assertions of web-platform-tests' annotation-model suite, copied unchanged into
w3c-annotation-tests/ (its README gives source, commits and licence): annotationMusts.test
lists the assertions, each a draft-04 JSON Schema that $refs the files in definitions/.
Every annotation is checked against every assertion the way the suite's own runner,
annotation-model/scripts/JSONtest.js, checks a pasted annotation:
  - expectedResult "valid" (default) or "invalid": the result is whether validation agreed;
  - assertionType "must" (default), "should", "may": an unexpected must result is a FAIL,
    should a WARN, may an INFO (JSONtest marks them "WARNING:" / "INFORMATIONAL:");
  - onUnexpectedResult failAndContinue (default) / failAndSkip / failAndAbort: what happens
    to the remaining assertions after an unexpected result (skip: the rest of that list is not
    run; abort: nothing more is run);
  - an object with "compareWith": "or" | "and" and its own "assertions" is one assertion whose
    result is any (or) / all (and) of its children's results;
  - a nested array is a sub-list run in order; "skipFailures" in the .test hides failures of
    the listed assertion types.
Formats: JSONtest validates with Ajv in its default "fast" format mode; its "uri" and
"date-time" regular expressions are used here (formats.js of Ajv 5: the uri scheme required),
since jsonschema's own checkers silently accept everything when their optional packages are
missing. $ref siblings are ignored as draft-04 says (Ajv's default, jsonschema's too).

A Marginalia file is a collection whose `items` are the annotations; each item is validated on
its own, given the collection's @context when it has none (as a consumer reading one item
would). Prints one line per assertion (and one per failing annotation), then
"N of M schema assertions passed", M being annotations x assertions run. Exit 1 if any MUST
assertion failed or the suite could not be loaded. Needs `jsonschema` >= 4.18 (check.sh
installs it into a throw-away virtualenv when it is missing).
"""
import json
import os
import re
import sys

try:
    import jsonschema
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4
except ImportError as error:  # check.sh installs it; run by hand, say what is missing
    sys.exit(f"FAIL validate_w3c_schemas.py needs jsonschema>=4.18 (pip install 'jsonschema>=4.18'): {error}")

SUITE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "w3c-annotation-tests")
TEST_FILE = os.path.join(SUITE, "annotations", "annotationMusts.test")

# Ajv's "fast" formats (lib/compile/formats.js), the ones these schemas use.
AJV_FAST = {
    "date-time": re.compile(r"^\d\d\d\d-[0-1]\d-[0-3]\d[t\s][0-2]\d:[0-5]\d:[0-5]\d(?:\.\d+)?(?:z|[+-]\d\d:\d\d)$", re.I),
    "uri": re.compile(r"^(?:[a-z][a-z0-9+-.]*)(?::|/)/?[^\s]*$", re.I),
}
FORMATS = jsonschema.FormatChecker(formats=())
for _name, _regex in AJV_FAST.items():
    FORMATS.checks(_name)(lambda value, _regex=_regex: not isinstance(value, str) or _regex.match(value) is not None)

LABEL = {"must": "FAIL", "should": "WARN", "may": "INFO"}


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def definitions_registry():
    """Every definitions/*.json under the id it declares, as JSONtest's ajv.addSchema(schemaDefs)."""
    folder = os.path.join(SUITE, "definitions")
    resources = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".json"):
            schema = load_json(os.path.join(folder, name))
            resources.append((schema.get("id", name), Resource.from_contents(schema, default_specification=DRAFT4)))
    return Registry().with_resources(resources)


def load_assertion(ref):
    """A file reference, relative to the suite's root as JSONtest's _parseURI makes it, or an
    object naming an assertionFile with keys that override the file's, or an inline schema."""
    if isinstance(ref, str):
        schema = load_json(os.path.join(SUITE, ref))
        schema["assertionFile"] = ref
        return schema
    if isinstance(ref, dict) and "assertionFile" in ref:
        schema = load_json(os.path.join(SUITE, ref["assertionFile"]))
        schema.update({k: v for k, v in ref.items() if k != "assertionFile"})
        return schema
    if isinstance(ref, dict) and "assertions" in ref:
        return dict(ref, assertions=[load_assertion(child) for child in ref["assertions"]])
    if isinstance(ref, list):
        return [load_assertion(child) for child in ref]
    return ref


def assertion_type(a):
    t = str(a.get("assertionType", "must")).lower()
    return t if t in LABEL else "must"


def next_action(a, result):
    """JSONtest.determineAction: an expected result continues; otherwise onUnexpectedResult."""
    if result:
        return "continue"
    return {"failAndSkip": "skip", "failAndAbort": "abort"}.get(a.get("onUnexpectedResult", "failAndContinue"), "continue")


class Runner:
    def __init__(self, test, registry):
        self.test = test
        self.registry = registry
        self.skip_failures = test.get("skipFailures", []) if isinstance(test.get("skipFailures"), list) else []
        self.validators = {}
        self.outcomes = {}  # title -> [passed, failed, skipped, type]
        self.failures = []  # (label, where, title, message)

    def validator(self, a):
        key = id(a)
        if key not in self.validators:
            schema = {k: v for k, v in a.items() if k != "assertionFile"}
            self.validators[key] = jsonschema.Draft4Validator(schema, registry=self.registry, format_checker=FORMATS)
        return self.validators[key]

    def stats(self, a):
        name = os.path.basename(a.get("assertionFile", "")) or a.get("title", "inline")
        return name, self.outcomes.setdefault(name, [0, 0, 0, assertion_type(a), a.get("title", "")])

    def record(self, a, where, result, detail):
        title, stats = self.stats(a)
        if result:
            stats[0] += 1
        elif assertion_type(a) in self.skip_failures:
            stats[2] += 1
        else:
            stats[1] += 1
            message = a.get("errorMessage", f"Result was not {a.get('expectedResult', 'valid')}")
            self.failures.append((LABEL[assertion_type(a)], where, title, f"{message} {detail}".strip()))

    def run(self, assertions, content, where, action="continue"):
        """JSONtest.runTests: returns (action, results of the assertions actually run)."""
        results = []
        for a in assertions:
            if action == "abort":
                break
            if isinstance(a, list):
                action, _ = self.run(a, content, where, action)
                continue
            if "compareWith" in a and isinstance(a.get("assertions"), list):
                action, child = self.run(a["assertions"], content, where, action)
                result = any(child) if a["compareWith"] == "or" else all(child)
                self.record(a, where, result, "")
                results.append(result)
                action = next_action(a, result)
                continue
            if action != "continue":  # skipped by an earlier failAndSkip at this level
                self.stats(a)[1][2] += 1
                continue
            errors = list(self.validator(a).iter_errors(content))
            valid = not errors
            result = valid if a.get("expectedResult", "valid") == "valid" else not valid
            detail = ""
            if errors:
                best = jsonschema.exceptions.best_match(errors)
                path = "/".join(str(p) for p in best.absolute_path)
                detail = f"[{path or '(top)'}: {best.message[:160]}]"
            self.record(a, where, result, detail)
            results.append(result)
            action = next_action(a, result)
        return action, results


def annotations_of(path):
    """The annotations of one file: a collection's items (with the collection's @context when
    an item has none), a page's items, or the file itself when it is one annotation."""
    doc = load_json(path)
    items = doc.get("items") if isinstance(doc, dict) else None
    if items is None and isinstance(doc, dict) and isinstance(doc.get("first"), dict):
        items = doc["first"].get("items")
    if items is None:
        return [(path, doc)]
    out = []
    for n, item in enumerate(items):
        if isinstance(item, dict) and "@context" not in item and "@context" in doc:
            item = dict({"@context": doc["@context"]}, **item)
        out.append((f"{path} item {n + 1}", item))
    return out


def main(paths):
    if not paths:
        sys.exit(__doc__.strip().splitlines()[2])
    try:
        test = load_json(TEST_FILE)
        assertions = [load_assertion(a) for a in test["assertions"]]
        runner = Runner(test, definitions_registry())
    except (OSError, ValueError, KeyError) as error:
        sys.exit(f"FAIL cannot load the W3C test suite from {SUITE}: {error}")
    annotations, unreadable = [], []
    for path in paths:
        try:
            annotations += annotations_of(path)
        except (OSError, ValueError) as error:  # JSONtest: "Parse of JSON failed", a failed test
            unreadable.append(f"FAIL {path}: not a JSON file: {error}")
    print("\n".join(unreadable) or "", end="\n" if unreadable else "")
    if unreadable:
        return 1
    if not annotations:
        sys.exit("FAIL no annotations found in " + " ".join(paths))
    for where, content in annotations:
        try:
            runner.run(assertions, content, where)
        except jsonschema.exceptions.SchemaError as error:  # JSONtest: "Compilation of schema ... failed"
            sys.exit(f"FAIL compiling a schema of the suite: {error.message}")
    print(f"W3C test suite {os.path.relpath(TEST_FILE, os.path.dirname(SUITE))}: "
          f"{len(annotations)} annotations from {len(paths)} file(s)")
    passed = total = 0
    for title, (ok, bad, skipped, kind, long_title) in runner.outcomes.items():
        passed += ok
        total += ok + bad
        state = "ok  " if not bad else LABEL[kind]
        note = f", {skipped} skipped" if skipped else ""
        print(f"{state} [{kind}] {title}: {ok} of {ok + bad} annotations{note}")
    for label, where, title, message in runner.failures:
        print(f"{label} {where}: {title}: {message}")
    print(f"{passed} of {total} schema assertions passed")
    return 1 if any(label == "FAIL" for label, *_ in runner.failures) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
