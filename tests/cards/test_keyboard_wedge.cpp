// USB barcode scanners type like a keyboard; people type slower.
#include "keyboard_wedge.h"

#include <gtest/gtest.h>

using namespace qq;

namespace {

using Kind = WedgeEvent::Kind;

// Types `text` starting at `startMs`, one character every `gapMs`; returns
// what came out and leaves `atMs` at the last key's time.
QList<WedgeEvent> type(KeyboardWedge &wedge, const QString &text, qint64 startMs, qint64 gapMs, qint64 *atMs)
{
    QList<WedgeEvent> events;
    qint64 t = startMs;
    for (QChar c : text) {
        events += wedge.character(c, t);
        *atMs = t;
        t += gapMs;
    }
    return events;
}

} // namespace

TEST(KeyboardWedge, FastBurstEndedByEnterIsAScan)
{
    KeyboardWedge wedge;
    qint64 t = 0;
    EXPECT_TRUE(type(wedge, QStringLiteral("QQ7K2M9XRA4"), 1000, 12, &t).isEmpty()); // held, not typed
    const QList<WedgeEvent> events = wedge.enter(t + 10);
    ASSERT_EQ(events.size(), 1); // the scanner's Enter is swallowed
    EXPECT_EQ(events[0], (WedgeEvent{Kind::Scan, QStringLiteral("QQ7K2M9XRA4")}));
    EXPECT_FALSE(wedge.hasPending());
}

TEST(KeyboardWedge, ScannerAtTheGapLimitIsStillAScan)
{
    KeyboardWedge wedge;
    qint64 t = 0;
    type(wedge, QStringLiteral("QQ7K2M9XRA4"), 0, KeyboardWedge::kMaxScanGapMs, &t);
    const QList<WedgeEvent> events = wedge.enter(t + KeyboardWedge::kMaxScanGapMs);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].kind, Kind::Scan);
}

TEST(KeyboardWedge, FastBurstEndedByAPauseIsAScan)
{
    KeyboardWedge wedge;
    qint64 t = 0;
    type(wedge, QStringLiteral("QQ7K2M9XRA4"), 5000, 15, &t);
    ASSERT_EQ(wedge.deadline(), t + KeyboardWedge::kScanEndPauseMs);
    EXPECT_TRUE(wedge.idle(t + 50).isEmpty()); // a timer firing early changes nothing
    const QList<WedgeEvent> events = wedge.idle(t + KeyboardWedge::kScanEndPauseMs);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0], (WedgeEvent{Kind::Scan, QStringLiteral("QQ7K2M9XRA4")}));
    EXPECT_EQ(wedge.deadline(), std::nullopt);
}

TEST(KeyboardWedge, SlowTypingIsText)
{
    KeyboardWedge wedge;
    QList<WedgeEvent> events;
    qint64 t = 0;
    events += type(wedge, QStringLiteral("zhangxm"), 0, 140, &t);
    events += wedge.enter(t + 200);
    QString typed;
    for (const WedgeEvent &event : events) {
        if (event.kind == Kind::Text)
            typed += event.text;
        EXPECT_NE(event.kind, Kind::Scan);
    }
    EXPECT_EQ(typed, QStringLiteral("zhangxm"));
    ASSERT_FALSE(events.isEmpty());
    EXPECT_EQ(events.back().kind, Kind::Enter); // a person's Enter goes through
    // Each key came out as soon as the next one showed it was a person.
    EXPECT_EQ(events.size(), 8);
}

TEST(KeyboardWedge, PersonsKeyComesOutAfterThePause)
{
    KeyboardWedge wedge;
    EXPECT_TRUE(wedge.character(QLatin1Char('z'), 100).isEmpty());
    const QList<WedgeEvent> events = wedge.idle(100 + KeyboardWedge::kScanEndPauseMs);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0], (WedgeEvent{Kind::Text, QStringLiteral("z")}));
}

TEST(KeyboardWedge, ShortFastBurstIsText)
{
    KeyboardWedge wedge;
    qint64 t = 0;
    // Three keys rolled over quickly, then Enter: a person, not a scanner.
    EXPECT_TRUE(type(wedge, QStringLiteral("abc"), 0, 10, &t).isEmpty());
    const QList<WedgeEvent> events = wedge.enter(t + 10);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[0], (WedgeEvent{Kind::Text, QStringLiteral("abc")}));
    EXPECT_EQ(events[1].kind, Kind::Enter);
}

TEST(KeyboardWedge, ASchoolsShortCardNumberEndedByEnterIsAScan)
{
    KeyboardWedge wedge;
    qint64 t = 0;
    EXPECT_TRUE(type(wedge, QStringLiteral("C1001"), 0, 12, &t).isEmpty());
    const QList<WedgeEvent> events = wedge.enter(t + 12);
    ASSERT_EQ(events.size(), 1); // the scanner's Enter is swallowed
    EXPECT_EQ(events[0], (WedgeEvent{Kind::Scan, QStringLiteral("C1001")}));

    // The same five keys without the Enter are too few to tell from a person.
    type(wedge, QStringLiteral("C1001"), 1000, 12, &t);
    const QList<WedgeEvent> paused = wedge.idle(t + KeyboardWedge::kScanEndPauseMs);
    ASSERT_EQ(paused.size(), 1);
    EXPECT_EQ(paused[0].kind, Kind::Text);
}

TEST(KeyboardWedge, BurstBrokenByASlowKeyIsNotOneScan)
{
    KeyboardWedge wedge;
    qint64 t = 0;
    QList<WedgeEvent> events = type(wedge, QStringLiteral("QQ7K"), 0, 10, &t);
    events += type(wedge, QStringLiteral("2M9XRA4"), t + 80, 10, &t);
    events += wedge.enter(t + 10);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[0], (WedgeEvent{Kind::Text, QStringLiteral("QQ7K")}));
    EXPECT_EQ(events[1], (WedgeEvent{Kind::Scan, QStringLiteral("2M9XRA4")})); // checkCardCode refuses it
}

TEST(KeyboardWedge, ScanBetweenTypedText)
{
    KeyboardWedge wedge;
    qint64 t = 0;
    QList<WedgeEvent> events = type(wedge, QStringLiteral("ab"), 0, 150, &t);
    events += type(wedge, QStringLiteral("QQ7K2M9XRA4"), t + 400, 8, &t);
    events += wedge.enter(t + 8);
    events += type(wedge, QStringLiteral("c"), t + 600, 150, &t);
    events += wedge.idle(t + 500);
    const QList<WedgeEvent> expected{{Kind::Text, QStringLiteral("a")},
                                     {Kind::Text, QStringLiteral("b")},
                                     {Kind::Scan, QStringLiteral("QQ7K2M9XRA4")},
                                     {Kind::Text, QStringLiteral("c")}};
    EXPECT_EQ(events, expected);
}

TEST(KeyboardWedge, LateEnterAfterABurstIsPassedOn)
{
    KeyboardWedge wedge;
    qint64 t = 0;
    type(wedge, QStringLiteral("QQ7K2M9XRA4"), 0, 10, &t);
    const QList<WedgeEvent> events = wedge.enter(t + 500);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[0].kind, Kind::Scan);
    EXPECT_EQ(events[1].kind, Kind::Enter);
}
