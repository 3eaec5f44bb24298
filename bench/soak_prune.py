#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# For bench_idle.sh's soak with BENCH_SOAK_PRUNE=1: deletes the finished entries that began at or after SINCE
# (UTC, YYYY-MM-DDTHH:MM:SSZ) on the fake server named by CLOCKODO_API_URL/USER/KEY, so that the day the app reads
# back after every toggle stays short; prints how many. Loopback only (the fake the benchmark started).
import json, os, sys, urllib.request, datetime
base = os.environ["CLOCKODO_API_URL"].rstrip("/")
hdr = {"X-ClockodoApiUser": os.environ["CLOCKODO_API_USER"], "X-ClockodoApiKey": os.environ["CLOCKODO_API_KEY"],
       "X-Clockodo-External-Application": "soak;soak@example.com", "Accept": "application/json"}
since = sys.argv[1]
now = datetime.datetime.now(datetime.timezone.utc)
until = (now + datetime.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
ids = []
page = 1
while True:
    q = f"{base}/v2/entries?time_since={since}&time_until={until}&page={page}"
    r = json.load(urllib.request.urlopen(urllib.request.Request(q, headers=hdr)))
    for e in r.get("entries", []):
        if e.get("time_until") and e.get("time_since", "") >= since:
            ids.append(e["id"])
    p = r.get("paging", {})
    if p.get("current_page", 1) >= p.get("count_pages", 1):
        break
    page += 1
for i in ids:
    urllib.request.urlopen(urllib.request.Request(f"{base}/v2/entries/{i}", headers=hdr, method="DELETE")).read()
print(len(ids))
