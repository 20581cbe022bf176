#include "screenshot_tour.h"

#include "app_context.h"
#include "clock.h"
#include "kiosk_store.h"
#include "local_time.h"
#include "pinyin.h"
#include "user_messages.h"

#include <QDir>
#include <QEventLoop>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>

namespace qq {

ScreenshotTour::ScreenshotTour(KioskStore &store, AppContext &context, QQuickWindow &window, ManualClock &clock)
    : m_store(store), m_context(context), m_window(window), m_clock(clock)
{
}

bool ScreenshotTour::shot(const QString &name, bool idle)
{
    // The tour moves the clock; it must not look like an idle kiosk (unless asked).
    if (!idle)
        m_context.kiosk().userActivity();
    m_context.kiosk().tick();
    // Let bindings settle and the photos (loaded asynchronously) arrive.
    QEventLoop loop;
    QTimer::singleShot(350, &loop, &QEventLoop::quit);
    loop.exec();
    const QImage image = m_window.grabWindow();
    if (image.isNull())
        return false;
    ++m_count;
    if (!m_outDir.isEmpty())
        return image.save(QDir(m_outDir).filePath(name + QStringLiteral(".png")));
    return true;
}

int ScreenshotTour::run(const QString &outDir)
{
    m_outDir = outDir;
    if (!m_outDir.isEmpty())
        QDir().mkpath(m_outDir);
    KioskController &kiosk = m_context.kiosk();
    const QList<SchoolClass> classes = m_store.roster().classes();
    if (classes.isEmpty())
        return 0;
    const QList<Child> children = m_store.roster().childrenInClass(classes.constFirst().id);
    if (children.size() < 8)
        return 0;

    // The afternoon of the first pupil's birthday, this year.
    const Child &birthdayChild = children.at(3);
    const QTimeZone zone = m_store.settings().timeZone();
    const int year = localDate(m_clock.nowMs(), zone).year();
    QDate day(year, birthdayChild.birthDate.month(), 1);
    day = day.addDays(std::min(birthdayChild.birthDate.day(), day.daysInMonth()) - 1);
    m_clock.set(localMs(day, QTime(15, 40), zone));
    kiosk.userActivity();

    // A few children already in the room.
    for (int i : {0, 1, 4, 5}) {
        m_store.visits().signIn(children.at(i).id, Actor::Child);
        m_clock.advance(3 * 60 * 1000);
    }
    const Child *greeted = nullptr;
    for (int i = 6; i < children.size() && !greeted; ++i)
        if (!isBirthday(children.at(i).birthDate, day))
            greeted = &children.at(i);
    if (!greeted)
        return 0;

    kiosk.goHome();
    shot(QStringLiteral("home"));
    kiosk.startSignIn();
    shot(QStringLiteral("classes"));
    kiosk.chooseClass(classes.constFirst().id);
    shot(QStringLiteral("children"));
    kiosk.chooseChild(greeted->id);
    shot(QStringLiteral("greeting"));
    kiosk.continueAfterGreeting();
    shot(QStringLiteral("mood"));
    kiosk.chooseMood(4);
    shot(QStringLiteral("home_thanks"));

    m_clock.advance(60 * 1000);
    kiosk.startSignIn();
    kiosk.chooseClass(classes.constFirst().id);
    kiosk.chooseChild(birthdayChild.id);
    shot(QStringLiteral("birthday"));

    m_clock.advance(60 * 60 * 1000);
    kiosk.userActivity();
    kiosk.startSignIn();
    kiosk.chooseClass(classes.constFirst().id);
    kiosk.chooseChild(children.at(0).id);
    shot(QStringLiteral("goodbye"));

    // A child walked away: the countdown before the kiosk goes home.
    kiosk.startSignIn();
    kiosk.chooseClass(classes.constFirst().id);
    kiosk.userActivity();
    m_clock.advance(qint64(kiosk.idleSeconds() - 7) * 1000);
    shot(QStringLiteral("idle_countdown"), true);

    // What a child reads when the disk is full: the tap was not saved.
    kiosk.userActivity();
    kiosk.setErrorMessage(storageFailureMessage({StorageErrorKind::DiskFull, {}}));
    shot(QStringLiteral("error_disk_full"));
    kiosk.dismissError();

    // Finding yourself by letters: the first of a pupil's initials.
    kiosk.startSignIn();
    kiosk.openSearch();
    kiosk.typeText(Pinyin::instance().initials(children.at(7).name).left(1));
    shot(QStringLiteral("search_keyboard"));

    kiosk.goHome();
    kiosk.openTeacher();
    shot(QStringLiteral("teacher_pin"));
    m_context.teacher().submitPin(QStringLiteral("1234"));
    shot(QStringLiteral("teacher_room"));
    m_context.teacher().leave();
    return m_count;
}

} // namespace qq
