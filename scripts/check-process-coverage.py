#!/usr/bin/env python3
"""Fails unless the tests of `./mvnw verify` covered every flow node and sequence flow of every
model in processes/, over all test classes together (target/process-test-coverage/*/report.json)."""
import glob
import json
import sys
import xml.etree.ElementTree as ET

BPMN = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"
SKIP = {"process", "definitions", "message", "documentation", "extensionElements", "incoming", "outgoing",
        "conditionExpression", "multiInstanceLoopCharacteristics", "timerEventDefinition", "timeDuration",
        "messageEventDefinition", "laneSet", "lane", "flowNodeRef", "text", "textAnnotation", "association"}

covered, models = {}, {}
for report in glob.glob("target/process-test-coverage/*/report.json"):
    data = json.load(open(report))
    for suite in data["suites"]:
        for run in suite["runs"]:
            for event in run["events"]:
                covered.setdefault(event["modelKey"], set()).add(event["definitionKey"])
    for model in data["models"]:
        models[model["key"]] = model["xml"]

if not models:
    sys.exit("No process coverage reports found under target/process-test-coverage: run ./mvnw verify first")

missing_any = False
for path in sorted(glob.glob("processes/*.bpmn")):
    root = ET.parse(path).getroot()
    for process in root.iter(BPMN + "process"):
        key = process.get("id")
        elements = {el.get("id") for el in process.iter()
                    if el.tag.startswith(BPMN) and el.tag[len(BPMN):] not in SKIP
                    and not el.tag.endswith("EventDefinition") and el.get("id")}
        missing = sorted(elements - covered.get(key, set()))
        share = 100.0 * (len(elements) - len(missing)) / len(elements)
        print(f"{key}: {len(elements) - len(missing)}/{len(elements)} flow nodes and sequence flows covered ({share:.0f}%)")
        for element in missing:
            print(f"  not covered: {element}")
        missing_any = missing_any or bool(missing)
sys.exit(1 if missing_any else 0)
