#!/usr/bin/env bash
# Measures start-up (java -jar until the bot is ready) and shutdown (SIGTERM until the process exits).
#   scripts/measure-startup.sh [runs] [simulator|real]
# simulator: ready when /simulador answers 200.
# real: a second instance in simulator mode plays Telegram (TELEGRAM_API_URL points at its emulator); ready when
#       the start-up block says the bot is receiving updates.
# Build the jar first: ./mvnw -B -q package -DskipTests. Each run starts on a fresh data directory.
# JAVA_OPTS are passed to the measured instance (e.g. JAVA_OPTS=-XX:TieredStopAtLevel=1, as spring-boot:run does).
set -euo pipefail
runs=${1:-3}
mode=${2:-simulator}
root=$(cd "$(dirname "$0")/.." && pwd)
jar=${JAR:-$(ls "$root"/target/encuentros-*.jar | grep -v original | head -1)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
now_ms() { date +%s%3N; }

telegram_pid=""
if [ "$mode" = real ]; then
  telegram_port=$(free_port)
  mkdir -p "$work/telegram"
  (cd "$work/telegram" && exec env -u TELEGRAM_BOT_TOKEN PORT=$telegram_port ENCUENTROS_INTAKE_ENABLED=false \
      ENCUENTROS_MESSAGING_SENDER_ENABLED=false java -jar "$jar" >"$work/telegram.log" 2>&1) &
  telegram_pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$telegram_port/simulador"; do sleep 0.2; done
fi

printf '%-4s %-10s %10s %10s %6s %6s %7s\n' run mode start_ms stop_ms lines errors traces
for i in $(seq 1 "$runs"); do
  port=$(free_port)
  dir="$work/run$i"
  mkdir -p "$dir"
  log="$dir/out.log"
  start=$(now_ms)
  if [ "$mode" = real ]; then
    (cd "$dir" && exec env PORT=$port TELEGRAM_BOT_TOKEN=1000001:simulador-local \
        TELEGRAM_API_URL=http://127.0.0.1:$telegram_port java ${JAVA_OPTS:-} -jar "$jar" >"$log" 2>&1) &
  else
    (cd "$dir" && exec env -u TELEGRAM_BOT_TOKEN PORT=$port java ${JAVA_OPTS:-} -jar "$jar" >"$log" 2>&1) &
  fi
  pid=$!
  if [ "$mode" = real ]; then
    until grep -qi 'receiving updates' "$log"; do sleep 0.05; done
  else
    until curl -fs -o /dev/null "http://127.0.0.1:$port/simulador"; do sleep 0.05; done
  fi
  ready=$(now_ms)
  # Let a long poll get in flight, as when someone presses Ctrl+C after using the bot.
  sleep 2
  lines=$(wc -l <"$log")
  stop=$(now_ms)
  kill -TERM "$pid"
  wait "$pid" || true
  stopped=$(now_ms)
  errors=$(grep -c ' ERROR ' "$log" || true)
  traces=$(grep -c '^\s*at ' "$log" || true)
  printf '%-4s %-10s %10s %10s %6s %6s %7s\n' "$i" "$mode" $((ready - start)) $((stopped - stop)) "$lines" "$errors" "$traces"
  cp "$log" "/tmp/measure-startup-$mode-$i.log"
done

if [ -n "$telegram_pid" ]; then
  kill -TERM "$telegram_pid"
  wait "$telegram_pid" || true
fi
