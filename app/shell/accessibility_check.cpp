#include "accessibility_check.h"

#include <QFont>
#include <QFontInfo>
#include <QJSValue>
#include <QMap>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <optional>

namespace qq {

double KioskDisplay::pixelsPerInch()
{
    return std::hypot(double(kWidthPx), double(kHeightPx)) / kDiagonalInches;
}

double KioskDisplay::millimetres(double pixels)
{
    return pixels / pixelsPerInch() * 25.4;
}

double KioskDisplay::pixels(double millimetres)
{
    return millimetres / 25.4 * pixelsPerInch();
}

double relativeLuminance(const QColor &colour)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor blendOver(const QColor &over, const QColor &under)
{
    const QColor top = over.toRgb();
    const QColor bottom = under.toRgb();
    const double alpha = top.alphaF();
    return QColor::fromRgbF(float(top.redF() * alpha + bottom.redF() * (1 - alpha)),
                            float(top.greenF() * alpha + bottom.greenF() * (1 - alpha)),
                            float(top.blueF() * alpha + bottom.blueF() * (1 - alpha)), float(bottom.alphaF()));
}

bool isLargeText(double pixelSize, bool bold)
{
    return pixelSize >= 24.0 || (bold && pixelSize >= 18.66);
}

double requiredContrast(double pixelSize, bool bold)
{
    return isLargeText(pixelSize, bold) ? 3.0 : 4.5;
}

namespace {

// Anything painted with less than this alpha over a text only tints it; more
// hides it (a dimming overlay over the screen behind a message).
constexpr double kCoveringAlpha = 0.5;

QString typeName(const QObject *object)
{
    static const QRegularExpression qmlSuffix(QStringLiteral("(_QML(TYPE)?_\\d+)+$"));
    QString name = QString::fromLatin1(object->metaObject()->className());
    name.remove(qmlSuffix);
    if (name.startsWith(QLatin1String("QQuick")))
        name = name.mid(6);
    return name;
}

bool isText(const QQuickItem *item)
{
    return item->inherits("QQuickText") || item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit");
}

// What a text shows: never a password.
QString shownText(const QQuickItem *item)
{
    if (item->inherits("QQuickTextInput"))
        return item->property("displayText").toString();
    return item->property("text").toString();
}

QString firstWords(const QQuickItem *item, int depth = 0)
{
    if (isText(item)) {
        const QString text = shownText(item).simplified();
        if (!text.isEmpty())
            return text.size() > 24 ? text.left(23) + QChar(0x2026) : text;
    }
    if (depth > 4)
        return {};
    for (const QQuickItem *child : item->childItems()) {
        if (!child->isVisible())
            continue;
        const QString words = firstWords(child, depth + 1);
        if (!words.isEmpty())
            return words;
    }
    return {};
}

QString describe(const QQuickItem *item)
{
    QString description = typeName(item);
    if (!item->objectName().isEmpty())
        description += QStringLiteral(" #") + item->objectName();
    const QString words = firstWords(item);
    if (!words.isEmpty())
        description += QStringLiteral(" \u00AB") + words + QStringLiteral("\u00BB");
    if (item->objectName().isEmpty()) {
        for (const QQuickItem *up = item->parentItem(); up; up = up->parentItem()) {
            if (!up->objectName().isEmpty()) {
                description += QStringLiteral(" in #") + up->objectName();
                break;
            }
        }
    }
    return description;
}

double effectiveOpacity(const QQuickItem *item)
{
    double opacity = 1.0;
    for (; item; item = item->parentItem())
        opacity *= item->opacity();
    return opacity;
}

// The part of `rect` (in the item's coordinates) that can be seen: inside
// the area and every clipping parent.
QRectF visibleRect(const QQuickItem *item, const QRectF &rect, const QRectF &area)
{
    QRectF shown = item->mapRectToScene(rect) & area;
    for (const QQuickItem *up = item; up && !shown.isEmpty(); up = up->parentItem()) {
        if (up->clip())
            shown &= up->mapRectToScene(QRectF(0, 0, up->width(), up->height()));
    }
    return shown;
}

// Items in the order they are painted (children by z, negative z under the parent).
void paintOrder(QQuickItem *item, QList<QQuickItem *> &out)
{
    if (!item->isVisible() || item->opacity() <= 0.0)
        return;
    QList<QQuickItem *> children = item->childItems();
    std::stable_sort(children.begin(), children.end(),
                     [](const QQuickItem *a, const QQuickItem *b) { return a->z() < b->z(); });
    for (QQuickItem *child : std::as_const(children))
        if (child->z() < 0)
            paintOrder(child, out);
    out.append(item);
    for (QQuickItem *child : std::as_const(children))
        if (child->z() >= 0)
            paintOrder(child, out);
}

bool isPicture(const QQuickItem *item)
{
    if (item->inherits("QQuickImageBase"))
        return item->property("status").toInt() == 1; // Image.Ready: something is painted
    for (const char *kind : {"QQuickShaderEffect", "QQuickShaderEffectSource", "QQuickCanvasItem", "QQuickShape",
                             "QQuickVideoOutput", "QQuickPaintedItem", "QQuickFramebufferObject"})
        if (item->inherits(kind))
            return true;
    return false;
}

// Something painted: a colour (with the alpha it ends up with), or a picture
// or gradient whose colour behind a text is not known.
struct Paint {
    enum class Kind { Colour, Picture, Gradient };
    Kind kind;
    QColor colour;
    QRectF rect; // in the scene, clipped
    double radius = 0;
    QQuickItem *item = nullptr;

    QString reason() const
    {
        return kind == Kind::Picture ? QStringLiteral("over a picture")
            : kind == Kind::Gradient ? QStringLiteral("over a gradient")
                                     : QStringLiteral("covered by an overlay");
    }

    bool contains(const QPointF &point) const
    {
        if (!rect.contains(point))
            return false;
        if (radius <= 0)
            return true;
        // Outside a rounded corner?
        const double r = std::min({radius, rect.width() / 2, rect.height() / 2});
        const double cx = std::clamp(point.x(), rect.left() + r, rect.right() - r);
        const double cy = std::clamp(point.y(), rect.top() + r, rect.bottom() - r);
        return std::hypot(point.x() - cx, point.y() - cy) <= r;
    }
};

std::optional<Paint> paintOf(QQuickItem *item, const QRectF &area)
{
    const double opacity = effectiveOpacity(item);
    if (opacity <= 0.0)
        return std::nullopt;
    const QRectF shown = visibleRect(item, QRectF(0, 0, item->width(), item->height()), area);
    if (shown.isEmpty())
        return std::nullopt;
    if (item->inherits("QQuickRectangle")) {
        const QJSValue gradient = item->property("gradient").value<QJSValue>();
        const double scale = item->mapRectToScene(QRectF(0, 0, 1, 1)).width();
        const double radius = item->property("radius").toDouble() * scale;
        if (!gradient.isUndefined() && !gradient.isNull())
            return Paint{Paint::Kind::Gradient, {}, shown, radius, item};
        QColor colour = item->property("color").value<QColor>();
        colour.setAlphaF(float(colour.alphaF() * opacity));
        if (colour.alpha() == 0)
            return std::nullopt;
        return Paint{Paint::Kind::Colour, colour, shown, radius, item};
    }
    if (isPicture(item))
        return Paint{Paint::Kind::Picture, {}, shown, 0, item};
    return std::nullopt;
}

struct TapTarget {
    QQuickItem *item;
    double margin = 0; // a TapHandler's margin widens where it takes taps
};

bool hasEnabledTapHandler(const QQuickItem *item, double *margin = nullptr)
{
    for (const QObject *child : item->children()) {
        if (child->inherits("QQuickTapHandler") && child->property("enabled").toBool()) {
            if (margin)
                *margin = child->property("margin").toDouble();
            return true;
        }
    }
    return false;
}

std::optional<TapTarget> tapTarget(QQuickItem *item)
{
    if (!item->isEnabled())
        return std::nullopt;
    double margin = 0;
    if (hasEnabledTapHandler(item, &margin))
        return TapTarget{item, margin};
    if (item->inherits("QQuickMouseArea") || item->inherits("QQuickAbstractButton"))
        return TapTarget{item};
    const bool editable =
        (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit")) && !item->property("readOnly").toBool();
    // A box that focuses its field on a tap is the target, measured in its own right.
    if (editable && !(item->parentItem() && hasEnabledTapHandler(item->parentItem())))
        return TapTarget{item};
    return std::nullopt;
}

// Rounded down: 88 px is 14.96 mm, shown as 14.9, not as a passing "15.0".
QString mm(double pixels)
{
    return QString::number(std::floor(KioskDisplay::millimetres(pixels) * 10) / 10, 'f', 1);
}

void checkTarget(const TapTarget &target, const QRectF &area, AccessibilityResult &result)
{
    QQuickItem *item = target.item;
    const QRectF own = QRectF(0, 0, item->width(), item->height())
                           .adjusted(-target.margin, -target.margin, target.margin, target.margin);
    if (visibleRect(item, own, area).isEmpty())
        return; // scrolled away or outside the window: nobody can tap it now
    ++result.targets;
    const QRectF size = item->mapRectToScene(own);
    const double minimum = KioskDisplay::pixels(KioskDisplay::kMinTargetMm);
    if (size.width() + 1e-6 >= minimum && size.height() + 1e-6 >= minimum)
        return;
    result.violations.append({AccessibilityViolation::Kind::SmallTarget, describe(item),
                              QStringLiteral("touch target %1×%2 px = %3×%4 mm, needs %5 mm (%6 px) both ways")
                                  .arg(qRound(size.width()))
                                  .arg(qRound(size.height()))
                                  .arg(mm(size.width()), mm(size.height()))
                                  .arg(KioskDisplay::kMinTargetMm)
                                  .arg(std::ceil(minimum))});
}

void checkText(QQuickItem *text, int index, const QList<QQuickItem *> &order, const QList<std::optional<Paint>> &paints,
               const QColor &background, const QRectF &area, AccessibilityResult &result)
{
    if (shownText(text).trimmed().isEmpty())
        return;
    const QRectF shown = visibleRect(text, text->boundingRect(), area);
    if (shown.isEmpty())
        return;
    const QString what = describe(text);
    if (!text->isEnabled()) {
        // WCAG 1.4.3 leaves out inactive controls (and a screen under a message).
        result.skipped.append({what, QStringLiteral("disabled")});
        return;
    }
    const QFont font = text->property("font").value<QFont>();
    const double pixelSize = font.pixelSize() > 0 ? font.pixelSize() : QFontInfo(font).pixelSize();
    const bool bold = font.weight() >= QFont::Bold;
    const double needed = requiredContrast(pixelSize, bold);
    QColor textColour = text->property("color").value<QColor>();
    textColour.setAlphaF(float(textColour.alphaF() * effectiveOpacity(text)));

    const double dx = shown.width() * 0.2;
    const double dy = shown.height() * 0.25;
    const QPointF c = shown.center();
    const QPointF samples[] = {c,
                               {shown.left() + dx, c.y()},
                               {shown.right() - dx, c.y()},
                               {c.x(), shown.top() + dy},
                               {c.x(), shown.bottom() - dy}};
    double worst = 21.0;
    QColor worstText;
    QColor worstBehind;
    const Paint *notJudged = nullptr; // why the last sample could not be judged
    int judged = 0;
    for (const QPointF &point : samples) {
        QColor behind = background;
        const Paint *unknownBehind = nullptr;
        for (int i = 0; i < index; ++i) {
            const std::optional<Paint> &paint = paints.at(i);
            if (!paint || !paint->contains(point))
                continue;
            if (paint->kind != Paint::Kind::Colour) {
                unknownBehind = &*paint;
                continue;
            }
            behind = blendOver(paint->colour, behind);
            if (paint->colour.alpha() == 255)
                unknownBehind = nullptr;
        }
        QColor seen = blendOver(textColour, behind);
        const Paint *hiddenBy = nullptr;
        for (int i = index + 1; i < order.size(); ++i) {
            const std::optional<Paint> &paint = paints.at(i);
            if (!paint || !paint->contains(point) || order.at(i)->isAncestorOf(text))
                continue;
            if (paint->kind != Paint::Kind::Colour || paint->colour.alphaF() >= kCoveringAlpha) {
                hiddenBy = &*paint;
                break;
            }
            behind = blendOver(paint->colour, behind);
            seen = blendOver(paint->colour, seen);
        }
        if (hiddenBy || unknownBehind) {
            notJudged = hiddenBy ? hiddenBy : unknownBehind;
            if (hiddenBy && hiddenBy->kind != Paint::Kind::Colour)
                notJudged = nullptr; // under a picture: not shown at all
            continue;
        }
        ++judged;
        const double ratio = contrastRatio(seen, behind);
        if (ratio < worst) {
            worst = ratio;
            worstText = seen;
            worstBehind = behind;
        }
    }
    if (judged == 0) {
        if (notJudged)
            result.skipped.append({what, notJudged->reason() + QStringLiteral(" (") + describe(notJudged->item) + ')'});
        return;
    }
    ++result.texts;
    if (worst + 1e-9 >= needed)
        return;
    result.violations.append({AccessibilityViolation::Kind::LowContrast, what,
                              QStringLiteral("text %1 on %2 = %3:1, needs %4:1 (%5 px%6)")
                                  .arg(worstText.name().toUpper(), worstBehind.name().toUpper())
                                  .arg(worst, 0, 'f', 2)
                                  .arg(needed, 0, 'f', 1)
                                  .arg(pixelSize)
                                  .arg(bold ? QStringLiteral(" bold") : QString())});
}

AccessibilityAudit *s_audit = nullptr;

} // namespace

AccessibilityResult checkAccessibility(QQuickItem *root, const QColor &background, const QRectF &visibleArea)
{
    AccessibilityResult result;
    if (!root)
        return result;
    QList<QQuickItem *> order;
    paintOrder(root, order);
    QList<std::optional<Paint>> paints;
    paints.reserve(order.size());
    for (QQuickItem *item : std::as_const(order))
        paints.append(paintOf(item, visibleArea));
    for (int i = 0; i < order.size(); ++i) {
        QQuickItem *item = order.at(i);
        if (effectiveOpacity(item) <= 0.0)
            continue;
        if (const std::optional<TapTarget> target = tapTarget(item))
            checkTarget(*target, visibleArea, result);
        if (isText(item))
            checkText(item, i, order, paints, background, visibleArea, result);
    }
    return result;
}

AccessibilityResult checkAccessibility(QQuickWindow &window)
{
    return checkAccessibility(window.contentItem(), window.color(), QRectF(0, 0, window.width(), window.height()));
}

void AccessibilityAudit::enable()
{
    if (!s_audit)
        s_audit = new AccessibilityAudit; // lives as long as the process
}

AccessibilityAudit *AccessibilityAudit::active()
{
    return s_audit;
}

void AccessibilityAudit::screen(const QString &name, QQuickWindow &window)
{
    m_screens.append({name, checkAccessibility(window)});
}

int AccessibilityAudit::report(std::FILE *out, const QString &language) const
{
    int violations = 0;
    int targets = 0;
    int texts = 0;
    QMap<QString, int> skippedWhy;
    for (const Screen &screen : m_screens) {
        targets += screen.result.targets;
        texts += screen.result.texts;
        for (const AccessibilityViolation &violation : screen.result.violations) {
            ++violations;
            std::fprintf(out, "FAIL %s: %s: %s\n", qUtf8Printable(screen.name), qUtf8Printable(violation.item),
                         qUtf8Printable(violation.detail));
        }
        for (const SkippedText &skipped : screen.result.skipped) {
            const QString kind = skipped.reason.section(QStringLiteral(" ("), 0, 0);
            if (skippedWhy[kind]++ < 3)
                std::fprintf(out, "skipped %s: %s: %s\n", qUtf8Printable(screen.name), qUtf8Printable(skipped.item),
                             qUtf8Printable(skipped.reason));
        }
    }
    for (auto it = skippedWhy.cbegin(); it != skippedWhy.cend(); ++it)
        std::fprintf(out, "skipped %d text(s) in all: %s\n", it.value(), qUtf8Printable(it.key()));
    std::fprintf(out, "accessibility (%s): %d screens, %d touch targets and %d texts measured, %d violation(s)\n",
                 qUtf8Printable(language), int(m_screens.size()), targets, texts, violations);
    std::fflush(out);
    return violations == 0 && !m_screens.isEmpty() ? 0 : 1;
}

} // namespace qq
