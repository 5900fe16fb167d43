# Medians over the rounds of benchmarks/client-cost.sh's output, and the ratios of the adapter to
# each other client taken round by round (so that drift in the machine's speed cancels) and then
# their median:  awk -f benchmarks/client-cost-summary.awk client-cost.txt
# (-v subject=adapter-direct sets another client against the rest; the adapter by default)
function median(list,    n, a, i, j, t) {
  n = split(list, a, " ")
  for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]; a[j + 1] = t }
  return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
function range(list,    n, a, i, lo, hi) {
  n = split(list, a, " "); lo = a[1]; hi = a[1]
  for (i = 2; i <= n; i++) { if (a[i] + 0 < lo + 0) lo = a[i]; if (a[i] + 0 > hi + 0) hi = a[i] }
  return sprintf("%.2f-%.2f", lo, hi)
}
/^== round/ { round = $3 }
round && / calls\/s / {
  key = $2 " " $4
  client = $1
  if (!(key in seen)) { seen[key] = 1; keys[++nkeys] = key }
  if (!(client in cseen)) { cseen[client] = 1; clients[++nclients] = client }
  rate[client, key] = rate[client, key] " " $5
  p50[client, key] = p50[client, key] " " $8
  p99[client, key] = p99[client, key] " " $11
  r[round, client, key] = $5; q[round, client, key] = $8; z[round, client, key] = $11
  if (match($0, /first call [0-9.]+ ms/)) {
    split(substr($0, RSTART, RLENGTH), f, " "); first[client, key] = first[client, key] " " f[3]; fc[round, client, key] = f[3]
  }
  if (match($0, /created to result [0-9.]+ ms/)) {
    split(substr($0, RSTART, RLENGTH), f, " "); created[client, key] = created[client, key] " " f[4]; cr[round, client, key] = f[4]
  }
  if (match($0, /start to result [0-9]+ ms/)) {
    split(substr($0, RSTART, RLENGTH), f, " "); start[client, key] = start[client, key] " " f[4]
  }
  rounds = round
}
END {
  printf "medians over %d rounds\n", rounds
  printf "%-11s %-12s %10s %10s %10s %14s %18s %16s\n", "client", "mode", "calls/s", "p50 ms", "p99 ms", "first call ms", "created->result ms", "start->result ms"
  for (k = 1; k <= nkeys; k++) for (c = 1; c <= nclients; c++) {
    client = clients[c]; key = keys[k]
    if (rate[client, key] == "") continue
    printf "%-11s %-12s %10.0f %10.3f %10.1f %14s %18s %16s\n", client, key, median(rate[client, key]), median(p50[client, key]),
      median(p99[client, key]), first[client, key] == "" ? "" : sprintf("%.0f", median(first[client, key])),
      created[client, key] == "" ? "" : sprintf("%.0f", median(created[client, key])),
      start[client, key] == "" ? "" : sprintf("%.0f", median(start[client, key]))
  }
  if (subject == "") subject = "adapter"
  print subject " against each client, round by round: median (min-max)"
  for (k = 1; k <= nkeys; k++) for (c = 1; c <= nclients; c++) {
    client = clients[c]; key = keys[k]
    if (client == subject || rate[client, key] == "" || rate[subject, key] == "") continue
    rr = ""; pd = ""; zz = ""; ff = ""; cc = ""
    for (i = 1; i <= rounds; i++) if ((i, client, key) in r && (i, subject, key) in r && r[i, client, key] > 0) {
      rr = rr " " r[i, subject, key] / r[i, client, key]
      pd = pd " " q[i, subject, key] - q[i, client, key]
      zz = zz " " z[i, subject, key] / z[i, client, key]
      if ((i, client, key) in fc && (i, subject, key) in fc) ff = ff " " fc[i, subject, key] / fc[i, client, key]
      if ((i, client, key) in cr && (i, subject, key) in cr) cc = cc " " cr[i, subject, key] / cr[i, client, key]
    }
    printf "%-12s vs %-11s calls/s %.2fx (%s)  p50 %+.3f ms (%s)  p99 %.2fx (%s)\n", key, client, median(rr), range(rr), median(pd), range(pd), median(zz), range(zz)
    if (ff != "") printf "%-12s vs %-11s first call %.2fx (%s)  created to result %.2fx (%s)\n", key, client, median(ff), range(ff), median(cc), range(cc)
  }
}
