// The accessibility check itself: WCAG contrast maths against published
// pairs, and small scenes it must catch (a small button, faint words) or
// leave alone (words over a photo, a disabled button, a scrolled-away row).
#include "accessibility_check.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace qq {
namespace {

TEST(Contrast, MatchesWcagReferencePairs)
{
    EXPECT_DOUBLE_EQ(relativeLuminance(Qt::white), 1.0);
    EXPECT_DOUBLE_EQ(relativeLuminance(Qt::black), 0.0);
    EXPECT_NEAR(contrastRatio(Qt::black, Qt::white), 21.0, 1e-9);
    EXPECT_NEAR(contrastRatio(Qt::white, Qt::white), 1.0, 1e-9);
    // The pair every WCAG tool quotes: #767676 is the lightest grey that passes on white…
    EXPECT_NEAR(contrastRatio(QColor("#767676"), Qt::white), 4.54, 0.01);
    // …and #777777 just fails.
    EXPECT_NEAR(contrastRatio(QColor("#777777"), Qt::white), 4.48, 0.01);
    // The order of the colours does not matter.
    EXPECT_DOUBLE_EQ(contrastRatio(QColor("#0000FF"), Qt::white), contrastRatio(Qt::white, QColor("#0000FF")));
    EXPECT_NEAR(contrastRatio(QColor("#0000FF"), Qt::white), 8.59, 0.01);
    EXPECT_NEAR(contrastRatio(QColor("#FF0000"), Qt::white), 4.00, 0.01);
    EXPECT_NEAR(contrastRatio(QColor("#808080"), Qt::black), 5.32, 0.01);
}

TEST(Contrast, LargeTextNeedsLess)
{
    EXPECT_EQ(requiredContrast(22, false), 4.5);
    EXPECT_EQ(requiredContrast(22, true), 3.0); // 14 pt bold
    EXPECT_EQ(requiredContrast(18, true), 4.5); // below 18.66 px
    EXPECT_EQ(requiredContrast(24, false), 3.0); // 18 pt
    EXPECT_EQ(requiredContrast(23.9, false), 4.5);
}

TEST(Contrast, BlendsAlphaOverTheColourBehind)
{
    QColor halfBlack(Qt::black);
    halfBlack.setAlphaF(0.5f);
    const QColor grey = blendOver(halfBlack, Qt::white);
    EXPECT_NEAR(grey.redF(), 0.5, 0.01);
    EXPECT_EQ(grey.alpha(), 255);
    EXPECT_EQ(blendOver(QColor("#123456"), Qt::white), QColor("#123456"));
}

TEST(KioskDisplayTest, FifteenMillimetresIsAbout88Pixels)
{
    EXPECT_NEAR(KioskDisplay::pixelsPerInch(), 149.4, 0.1);
    EXPECT_NEAR(KioskDisplay::pixels(15.0), 88.2, 0.1);
    EXPECT_NEAR(KioskDisplay::millimetres(96), 16.3, 0.1); // Theme.touchMin
}

// A scene written in QML, shown in an offscreen window as the kiosk's screens are.
class Scene {
public:
    explicit Scene(const QByteArray &qml)
    {
        QQmlComponent component(&m_engine);
        component.setData("import QtQuick\n" + qml, QUrl(QStringLiteral("qrc:/scene.qml")));
        m_root.reset(qobject_cast<QQuickItem *>(component.create()));
        EXPECT_TRUE(m_root) << qPrintable(component.errorString());
        m_window.resize(800, 600);
        m_window.setColor(Qt::white);
        if (m_root)
            m_root->setParentItem(m_window.contentItem());
        m_window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&m_window));
    }

    AccessibilityResult check() { return checkAccessibility(m_window); }
    QQuickWindow &window() { return m_window; }

private:
    QQmlEngine m_engine;
    QQuickWindow m_window;
    std::unique_ptr<QQuickItem> m_root;
};

int count(const AccessibilityResult &result, AccessibilityViolation::Kind kind)
{
    return int(std::count_if(result.violations.cbegin(), result.violations.cend(),
                             [kind](const AccessibilityViolation &v) { return v.kind == kind; }));
}

TEST(TouchTargets, ASmallButtonIsCaughtABigOneIsNot)
{
    Scene scene(R"(
Item {
    width: 800; height: 600
    Rectangle { objectName: "small"; x: 10; y: 10; width: 120; height: 60; color: "#2E7D32"
                TapHandler {} }
    Rectangle { objectName: "big"; x: 200; y: 10; width: 96; height: 96; color: "#2E7D32"
                TapHandler {} }
    MouseArea { objectName: "narrow"; x: 400; y: 10; width: 80; height: 200 }
    Rectangle { objectName: "justBigEnough"; x: 500; y: 10; width: 89; height: 89; TapHandler {} }
}
)");
    const AccessibilityResult result = scene.check();
    EXPECT_EQ(result.targets, 4);
    ASSERT_EQ(count(result, AccessibilityViolation::Kind::SmallTarget), 2);
    EXPECT_TRUE(result.violations.at(0).item.contains(QLatin1String("small")));
    EXPECT_TRUE(result.violations.at(0).detail.contains(QStringLiteral("120×60 px = 20.3×10.1 mm")))
        << qPrintable(result.violations.at(0).detail);
    EXPECT_TRUE(result.violations.at(1).item.contains(QLatin1String("narrow")));
}

TEST(TouchTargets, HiddenDisabledAndScrolledAwayTargetsAreNotMeasured)
{
    Scene scene(R"(
Item {
    width: 800; height: 600
    Rectangle { width: 40; height: 40; visible: false; TapHandler {} }
    Rectangle { width: 40; height: 40; enabled: false; TapHandler {} }
    Rectangle { width: 40; height: 40; TapHandler { enabled: false } }
    Rectangle { x: 900; width: 40; height: 40; TapHandler {} }             // outside the window
    Item {
        y: 100; width: 300; height: 100; clip: true
        Rectangle { y: 150; width: 40; height: 40; TapHandler {} }        // clipped away
        Rectangle { objectName: "peeking"; y: 80; width: 40; height: 40; TapHandler {} }
    }
}
)");
    const AccessibilityResult result = scene.check();
    // Only the one that peeks into view counts, at its full size.
    ASSERT_EQ(result.violations.size(), 1);
    EXPECT_TRUE(result.violations.at(0).item.contains(QLatin1String("peeking")));
    EXPECT_TRUE(result.violations.at(0).detail.contains(QStringLiteral("40×40")));
}

TEST(TouchTargets, ScaleCountsAndAFieldInATappableBoxIsTheBox)
{
    Scene scene(R"(
Item {
    width: 800; height: 600
    Rectangle { objectName: "shrunk"; width: 100; height: 100; scale: 0.5; TapHandler {} }
    Rectangle {
        x: 200; width: 400; height: 96
        TapHandler {}
        TextInput { x: 10; y: 30; width: 380; height: 36; text: "abc" }
    }
    TextInput { objectName: "bareField"; x: 200; y: 200; width: 300; height: 40; text: "abc" }
}
)");
    const AccessibilityResult result = scene.check();
    ASSERT_EQ(result.violations.size(), 2);
    EXPECT_TRUE(result.violations.at(0).item.contains(QLatin1String("shrunk")));
    EXPECT_TRUE(result.violations.at(1).item.contains(QLatin1String("bareField")));
}

TEST(TextContrast, FaintWordsAreCaughtWithTheirColours)
{
    Scene scene(R"(
Item {
    width: 800; height: 600
    Text { objectName: "faint"; x: 10; y: 10; text: "faint"; color: "#999999"; font.pixelSize: 20 }
    Text { objectName: "dark"; x: 10; y: 60; text: "dark"; color: "#333333"; font.pixelSize: 20 }
    Rectangle {
        x: 300; y: 10; width: 300; height: 200; color: "#C9561A"
        Text { objectName: "smallOnOrange"; x: 10; y: 10; text: "small"; color: "white"; font.pixelSize: 22 }
        Text { objectName: "bigOnOrange"; x: 10; y: 100; text: "big"; color: "white"; font.pixelSize: 36; font.bold: true }
    }
}
)");
    const AccessibilityResult result = scene.check();
    EXPECT_EQ(result.texts, 4);
    ASSERT_EQ(result.violations.size(), 2);
    EXPECT_TRUE(result.violations.at(0).item.contains(QLatin1String("faint")));
    EXPECT_TRUE(result.violations.at(0).detail.contains(QLatin1String("#999999 on #FFFFFF = 2.85:1, needs 4.5:1")))
        << qPrintable(result.violations.at(0).detail);
    // White on the old sign-in orange: 4.35:1 is enough for big words only.
    EXPECT_TRUE(result.violations.at(1).item.contains(QLatin1String("smallOnOrange")));
    EXPECT_TRUE(result.violations.at(1).detail.contains(QLatin1String("#FFFFFF on #C9561A")))
        << qPrintable(result.violations.at(1).detail);
}

TEST(TextContrast, TheColourBehindIsWhatIsPaintedThere)
{
    Scene scene(R"(
Item {
    width: 800; height: 600
    // A sibling below the text, not its parent, and with half its opacity.
    Rectangle { x: 0; y: 0; width: 400; height: 100; color: "#000000"; opacity: 0.5 }
    Text { objectName: "onGrey"; x: 10; y: 10; text: "grey"; color: "#FFFFFF"; font.pixelSize: 20 }
    // Text that is itself half transparent.
    Text { objectName: "halfGone"; x: 10; y: 200; text: "pale"; color: "#000000"; opacity: 0.3; font.pixelSize: 20 }
    // A rounded pill: its colour is behind the middle of the words.
    Rectangle {
        x: 10; y: 300; width: 200; height: 50; radius: 25; color: "#2E7D32"
        Text { anchors.centerIn: parent; text: "In"; color: "white"; font.pixelSize: 22; font.bold: true }
    }
}
)");
    const AccessibilityResult result = scene.check();
    ASSERT_EQ(result.violations.size(), 2);
    // White on 50 % black (alpha 128 of 255) over white is white on #7F7F7F: 3.98:1.
    EXPECT_TRUE(result.violations.at(0).item.contains(QLatin1String("onGrey")));
    EXPECT_TRUE(result.violations.at(0).detail.contains(QLatin1String("#FFFFFF on #7F7F7F = 3.98:1")))
        << qPrintable(result.violations.at(0).detail);
    EXPECT_TRUE(result.violations.at(1).item.contains(QLatin1String("halfGone")));
}

TEST(TextContrast, UnknownBackgroundsAreSkippedWithAReason)
{
    Scene scene(R"(
Item {
    width: 800; height: 600
    Image { x: 0; y: 0; width: 200; height: 200; source: "image://nothing/there" }
    Canvas { x: 300; y: 0; width: 200; height: 200 }
    Text { objectName: "onCanvas"; x: 310; y: 10; text: "over a drawing"; color: "#FFFFFF"; font.pixelSize: 20 }
    Rectangle {
        x: 0; y: 300; width: 300; height: 80
        gradient: Gradient { GradientStop { position: 0; color: "white" } GradientStop { position: 1; color: "black" } }
        Text { objectName: "onGradient"; x: 10; y: 10; text: "sunset"; color: "#FFFFFF"; font.pixelSize: 20 }
    }
    Rectangle {
        x: 400; y: 300; width: 200; height: 96; enabled: false; opacity: 0.45; color: "#2E7D32"
        Text { objectName: "disabledWords"; x: 10; y: 10; text: "Send"; color: "#FFFFFF"; font.pixelSize: 20 }
    }
    // A message over the screen: what is under the dark veil is not judged.
    Text { objectName: "underVeil"; x: 10; y: 450; text: "behind"; color: "#333333"; font.pixelSize: 20 }
    Rectangle { x: 0; y: 420; width: 800; height: 180; color: "#B0000000" }
}
)");
    const AccessibilityResult result = scene.check();
    EXPECT_TRUE(result.violations.isEmpty()) << qPrintable(result.violations.value(0).item);
    QStringList reasons;
    for (const SkippedText &skipped : result.skipped)
        reasons << skipped.item.section(QLatin1Char(' '), 1, 1) + QLatin1Char(' ')
                + skipped.reason.section(QStringLiteral(" ("), 0, 0);
    reasons.sort();
    EXPECT_EQ(reasons,
              QStringList({QStringLiteral("#disabledWords disabled"), QStringLiteral("#onCanvas over a picture"),
                           QStringLiteral("#onGradient over a gradient"),
                           QStringLiteral("#underVeil covered by an overlay")}));
}

TEST(Audit, ReportsEachViolationWithItsScreenAndFailsTheRun)
{
    Scene scene(R"(
Item {
    width: 800; height: 600
    Rectangle { objectName: "tiny"; width: 30; height: 30; color: "#2E7D32"; TapHandler {} }
}
)");
    AccessibilityAudit::enable();
    AccessibilityAudit *audit = AccessibilityAudit::active();
    ASSERT_TRUE(audit);
    audit->screen(QStringLiteral("home"), scene.window());
    char *buffer = nullptr;
    size_t size = 0;
    std::FILE *out = open_memstream(&buffer, &size);
    const int status = audit->report(out, QStringLiteral("zh_CN"));
    std::fclose(out);
    const QString text = QString::fromUtf8(buffer, qsizetype(size));
    std::free(buffer);
    EXPECT_EQ(status, 1);
    EXPECT_TRUE(text.contains(QStringLiteral("FAIL home: Rectangle #tiny: touch target 30×30 px = 5.0×5.0 mm")))
        << qPrintable(text);
    EXPECT_TRUE(text.contains(QLatin1String("1 screens, 1 touch targets"))) << qPrintable(text);
}

} // namespace
} // namespace qq
