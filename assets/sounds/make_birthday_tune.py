#!/usr/bin/env python3
"""Writes birthday.wav: the first two phrases of "Happy Birthday" (a public-domain
tune) as soft bell-like tones. Run once; the .wav is committed."""
import math, struct, wave

RATE = 22050
NOTES = {"G4": 392.0, "A4": 440.0, "B4": 493.88, "C5": 523.25, "D5": 587.33}
TUNE = [("G4", .3), ("G4", .15), ("A4", .45), ("G4", .45), ("C5", .45), ("B4", .8),
        ("G4", .3), ("G4", .15), ("A4", .45), ("G4", .45), ("D5", .45), ("C5", .9)]

samples = []
for name, seconds in TUNE:
    freq = NOTES[name]
    n = int(RATE * seconds)
    for i in range(n):
        t = i / RATE
        envelope = min(1.0, t / 0.01) * math.exp(-3.0 * t)
        value = envelope * (0.6 * math.sin(2 * math.pi * freq * t) + 0.25 * math.sin(4 * math.pi * freq * t))
        samples.append(int(max(-1.0, min(1.0, value * 0.5)) * 32767))

with wave.open("birthday.wav", "wb") as out:
    out.setnchannels(1)
    out.setsampwidth(2)
    out.setframerate(RATE)
    out.writeframes(b"".join(struct.pack("<h", s) for s in samples))
