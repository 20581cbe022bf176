#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <cstdio>

class QQuickItem;
class QQuickWindow;

namespace qq {

// The kiosk's screen: 10.1 inches across, 1280×800 pixels, so about 149
// pixels per inch. Touch targets are measured against it, whatever screen
// the check runs on.
struct KioskDisplay {
    static constexpr double kDiagonalInches = 10.1;
    static constexpr int kWidthPx = 1280;
    static constexpr int kHeightPx = 800;
    static constexpr double kMinTargetMm = 15.0;
    static double pixelsPerInch();
    static double millimetres(double pixels);
    static double pixels(double millimetres);
};

// WCAG 2.x contrast: relative luminance of sRGB colours, and the ratio
// (L1 + 0.05) / (L2 + 0.05) between two opaque colours (1 to 21).
double relativeLuminance(const QColor &colour);
double contrastRatio(const QColor &a, const QColor &b);
// `over` (with its alpha) painted on an opaque `under`.
QColor blendOver(const QColor &over, const QColor &under);
// WCAG's large text is 18 pt (24 px), or 14 pt (18.66 px) bold: 3:1 is
// enough for it, other text needs 4.5:1 (level AA).
bool isLargeText(double pixelSize, bool bold);
double requiredContrast(double pixelSize, bool bold);

struct AccessibilityViolation {
    enum class Kind { SmallTarget, LowContrast };
    Kind kind;
    QString item; // type, objectName and words, enough to find it
    QString detail; // the size in px and mm, or the colours and ratio
};

// A text whose contrast cannot be judged: "over a picture (…)", "over a
// gradient (…)", "covered by an overlay (…)" or "disabled".
struct SkippedText {
    QString item;
    QString reason;
};

struct AccessibilityResult {
    QList<AccessibilityViolation> violations;
    QList<SkippedText> skipped;
    int targets = 0; // touch targets measured
    int texts = 0; // texts whose contrast was measured
};

// Walks everything under `root` that is shown: every enabled item that takes
// taps (TapHandler, MouseArea, Qt Quick Controls buttons, editable text) must
// be at least 15 mm both ways on the kiosk's screen unless it lies wholly
// outside `visibleArea` or its clipping parents; every text must reach WCAG
// AA contrast against the colour painted behind it (Rectangles below it, down
// to `background`). Text over a picture or a gradient, behind a dimming
// overlay, or inside a disabled control is listed as skipped with the reason.
AccessibilityResult checkAccessibility(QQuickItem *root, const QColor &background, const QRectF &visibleArea);
AccessibilityResult checkAccessibility(QQuickWindow &window);

// --check-accessibility: the screenshot tour calls screen() for each screen it
// shows; report() prints every violation and returns the exit status.
class AccessibilityAudit {
public:
    // Switched on once for the process (by the command line).
    static void enable();
    static AccessibilityAudit *active();

    void screen(const QString &name, QQuickWindow &window);
    // 0 when every screen passed, 1 otherwise (also 1 when no screen was seen).
    int report(std::FILE *out, const QString &language) const;

private:
    struct Screen {
        QString name;
        AccessibilityResult result;
    };
    QList<Screen> m_screens;
};

} // namespace qq
