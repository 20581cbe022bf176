#!/usr/bin/env python3
"""Writes call_chime.wav: a soft three-note "ding-dong-ding" (E5, C5, G5) that
calls a child to the family phone. Run once; the .wav is committed."""
import math, struct, wave

RATE = 22050
NOTES = [(659.25, .5), (523.25, .5), (783.99, 1.1)]

samples = []
for freq, seconds in NOTES:
    for i in range(int(RATE * seconds)):
        t = i / RATE
        envelope = min(1.0, t / 0.008) * math.exp(-2.5 * t)
        value = envelope * (0.6 * math.sin(2 * math.pi * freq * t) + 0.2 * math.sin(6 * math.pi * freq * t))
        samples.append(int(max(-1.0, min(1.0, value * 0.5)) * 32767))

with wave.open("call_chime.wav", "wb") as out:
    out.setnchannels(1)
    out.setsampwidth(2)
    out.setframerate(RATE)
    out.writeframes(b"".join(struct.pack("<h", s) for s in samples))
