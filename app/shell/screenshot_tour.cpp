#include "screenshot_tour.h"

#include "accessibility_check.h"
#include "app_context.h"
#include "book_label_sheet.h"
#include "card_sheet.h"
#include "clock.h"
#include "frame_source.h"
#include "kiosk_store.h"
#include "local_time.h"
#include "microphone.h"
#include "pinyin.h"
#include "pinyin_composer.h"
#include "user_messages.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QQuickWindow>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTimer>

namespace qq {

ScreenshotTour::ScreenshotTour(KioskStore &store, AppContext &context, QQuickWindow &window, ManualClock &clock,
                               SyntheticMicrophone *microphone)
    : m_store(store), m_context(context), m_window(window), m_clock(clock), m_microphone(microphone)
{
}

namespace {
// A corner of the room as the kiosk camera sees it: a warm wall and a shelf.
QImage roomPicture()
{
    QImage picture(1280, 720, QImage::Format_RGB32);
    QPainter painter(&picture);
    QLinearGradient wall(0, 0, 0, 720);
    wall.setColorAt(0, QColor(0xE9, 0xD8, 0xC4));
    wall.setColorAt(1, QColor(0xB8, 0x9E, 0x84));
    painter.fillRect(picture.rect(), wall);
    painter.fillRect(QRect(80, 470, 520, 26), QColor(0x8A, 0x5A, 0x3C));
    const QColor spines[] = {QColor(0xC0, 0x4A, 0x3A), QColor(0x3E, 0x7C, 0x8C), QColor(0xE0, 0xA8, 0x3A),
                             QColor(0x6A, 0x8E, 0x4E)};
    for (int i = 0; i < 12; ++i)
        painter.fillRect(QRect(100 + i * 40, 330 + (i % 3) * 14, 32, 140 - (i % 3) * 14), spines[i % 4]);
    painter.setBrush(QColor(0xF6, 0xEE, 0xE2));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QPoint(980, 250), 120, 120); // a paper lantern
    return picture;
}
} // namespace

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
    // Offscreen, a frame is made only when grabbed: the first lets layouts that
    // depend on a wrapped text's height (a second polish) settle, as the next
    // frame does on a real screen.
    m_window.grabWindow();
    const QImage image = m_window.grabWindow();
    if (image.isNull())
        return false;
    if (AccessibilityAudit *audit = AccessibilityAudit::active()) // --check-accessibility
        audit->screen(name, m_window);
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

    // Late at night, nobody about: the screen rests, dimmed, until a touch.
    {
        const qint64 resumeAt = m_clock.nowMs();
        kiosk.goHome();
        const QDate tomorrow = localDate(resumeAt, m_store.settings().timeZone()).addDays(1);
        m_clock.set(localMs(tomorrow, QTime(21, 50), m_store.settings().timeZone()));
        m_context.session().noteActivity(); // the last touch of the evening
        m_clock.set(localMs(tomorrow, QTime(22, 0), m_store.settings().timeZone()));
        m_context.session().update();
        shot(QStringLiteral("dimmed"));
        m_context.session().wake();
        m_clock.set(resumeAt);
    }

    // What a child reads when the disk is full: the tap was not saved.
    kiosk.userActivity();
    kiosk.setErrorMessage(storageFailureMessage({StorageErrorKind::DiskFull, {}}));
    shot(QStringLiteral("error_disk_full"));
    kiosk.dismissError();

    // Finding yourself by letters: the first two of a pupil's initials.
    kiosk.dismissError();
    kiosk.startSignIn();
    kiosk.openSearch();
    const QString initials = Pinyin::instance().initials(children.at(7).name);
    kiosk.typeText(initials.left(2));
    shot(QStringLiteral("search_keyboard"));

    // Showing a card to the camera: the viewfinder shows the room (a frame
    // with a card in it would be read, and the kiosk would move on).
    kiosk.startSignIn();
    kiosk.openScan();
    if (auto *frames = qobject_cast<ImageFrameSource *>(&m_context.cards().frames()))
        frames->push(roomPicture());
    shot(QStringLiteral("scan"));

    // Calls: a few booked already (guardians at home answer after school),
    // then a child books their own; one whose parent only answers when the
    // room is closed is told why.
    CallBook &callBook = m_store.calls();
    CallController &calls = m_context.calls();
    const Child &caller = children.at(7);
    int booked = 0;
    for (int i = 0; i < children.size() && booked < 5; ++i) {
        if (i == 7)
            continue;
        for (const Contact &contact : m_store.roster().contacts(children.at(i).id)) {
            const FreeSlots free = callBook.freeSlots(children.at(i).id, contact.id, 1);
            if (free.options.isEmpty())
                continue;
            try {
                callBook.book(children.at(i).id, contact.id, free.options.first(), CallSource::Plan);
                ++booked;
            } catch (const CallError &) {
            }
            break;
        }
    }
    kiosk.goHome();
    calls.open();
    shot(QStringLiteral("call_board"));
    for (const Child &child : children) {
        bool shown = false;
        for (const Contact &contact : m_store.roster().contacts(child.id)) {
            if (callBook.freeSlots(child.id, contact.id, 1).options.isEmpty()
                && callBook.upcoming(child.id).isEmpty()) {
                calls.bookMine();
                kiosk.chooseClass(classes.constFirst().id);
                kiosk.chooseChild(child.id);
                calls.choosePerson(contact.id);
                shot(QStringLiteral("call_none"));
                shown = true;
                break;
            }
        }
        if (shown)
            break;
    }
    calls.open();
    calls.bookMine();
    kiosk.chooseClass(classes.constFirst().id);
    kiosk.chooseChild(caller.id);
    shot(QStringLiteral("call_who"));
    for (const Contact &contact : m_store.roster().contacts(caller.id)) {
        if (contact.role != Contact::Role::Guardian
            && !callBook.freeSlots(caller.id, contact.id, 1).options.isEmpty()) {
            calls.choosePerson(contact.id);
            break;
        }
    }
    shot(QStringLiteral("call_slots"));
    calls.chooseTime(calls.times()->rowCount() > 1 ? 1 : 0);
    shot(QStringLiteral("call_confirm"));
    calls.confirm();
    shot(QStringLiteral("call_booked"));
    // Two minutes before the first call of the day: the chime and the name.
    const qint64 beforeCall = m_clock.nowMs();
    const QList<CallBooking> next = callBook.bookingsBetween(beforeCall, beforeCall + 7 * 24 * 3600 * 1000LL);
    if (!next.isEmpty()) {
        m_clock.set(next.first().slot.startMs - 90 * 1000);
        kiosk.goHome();
        calls.tick();
        shot(QStringLiteral("call_announcement"));
        calls.dismissAnnouncement();
        m_clock.set(beforeCall);
    }

    kiosk.goHome();
    kiosk.openTeacher();
    shot(QStringLiteral("teacher_pin"));
    m_context.teacher().submitPin(QStringLiteral("1234"));
    shot(QStringLiteral("teacher_room"));
    // The day's calls, two of them already marked.
    {
        const QDate today = localDate(m_clock.nowMs(), zone);
        const QList<CallBooking> todays =
            callBook.bookingsBetween(dayStartMs(today, zone), dayStartMs(today.addDays(1), zone));
        if (todays.size() > 0)
            calls.mark(todays.at(0).id, QStringLiteral("talked"), 10);
        if (todays.size() > 1)
            calls.mark(todays.at(1).id, QStringLiteral("no_answer"));
        calls.openDay();
        shot(QStringLiteral("call_day"));
        calls.openMonth();
        shot(QStringLiteral("call_month"));
        calls.openSetup();
        shot(QStringLiteral("call_setup"));
        calls.planWeek();
        shot(QStringLiteral("call_plan"));
        calls.back();
    }

    // The roster, a child's file with a card, and the cards to print.
    RosterController &roster = m_context.roster();
    for (int i = 0; i < 8; ++i) {
        roster.openChild(children.at(i).id);
        roster.issueCard();
    }
    roster.open();
    roster.printAllCards();
    shot(QStringLiteral("roster"));
    // The first page of the printed cards, drawn as the PDF draws it.
    if (!m_outDir.isEmpty()) {
        QList<CardSheetEntry> entries;
        for (int i = 0; i < kCardsPerSheetPage; ++i) {
            const Child child = *m_store.roster().child(children.at(i).id);
            entries.append({child.name, classes.constFirst().name, child.cardCode,
                            QImage::fromData(m_store.roster().photo(child.id))});
        }
        renderCardSheetPage(entries, 0, 100).save(QDir(m_outDir).filePath(QStringLiteral("card_sheet.png")));
    }
    roster.openChild(children.at(2).id);
    shot(QStringLiteral("child_file"));

    // A spreadsheet with mistakes: the preview names each one.
    const QString csv = QDir(roster.importFolder()).filePath(QStringLiteral("三年级名单.csv"));
    QDir().mkpath(roster.importFolder());
    QFile file(csv);
    if (file.open(QIODevice::WriteOnly)) {
        const QString className = classes.constFirst().name;
        file.write(QStringLiteral("姓名,性别,出生日期,班级,父亲姓名,父亲电话\n"
                                  "%1,%2,%3,%4,,\n"
                                  "刘小雨,女,2016-04-12,%4,刘强,13800001111\n"
                                  "陈浩,男,2016/13/01,%4,,\n"
                                  "周敏,F,2015-09-30,%4,周建国,请打电话\n"
                                  "曾子涵,男,2016-01-20,三年级(2)班,曾伟,13900002222\n")
                       .arg(children.at(5).name, children.at(5).gender == QLatin1String("F") ? "女" : "男",
                            children.at(5).birthDate.toString(Qt::ISODate), className)
                       .toUtf8());
        file.close();
    }
    roster.openImport();
    roster.previewImportFile(csv);
    shot(QStringLiteral("import_preview"));
    // A school's own headers: the column-mapping step, with the kiosk's guesses.
    {
        const QString own = QDir(roster.importFolder()).filePath(QStringLiteral("本校留守儿童名单.csv"));
        QFile ownFile(own);
        if (ownFile.open(QIODevice::WriteOnly)) {
            ownFile.write(QStringLiteral("序号,学生,男/女,生日,所在班,联络手机,说明\n"
                                         "1,周小雨,女,2016-02-03,%1,13812345678,住校\n"
                                         "2,吴天明,男,2015-09-30,%1,13987654321,\n"
                                         "3,郑小北,男,2016-05-01,%1,13700001111,奶奶接送\n")
                              .arg(classes.constFirst().name)
                              .toUtf8());
            ownFile.close();
        }
        roster.previewImportFile(own);
        shot(QStringLiteral("import_columns"));
    }
    // Backups: yesterday's and today's on the kiosk, today's on a USB stick
    // (a folder standing in for one), and the question before a restore.
    {
        BackupController &backup = m_context.backup();
        const Backups backups(m_store.dataDir());
        const QDate today = localDate(m_clock.nowMs(), zone);
        QTemporaryDir stick;
        backups.backUp(today.addDays(-1), backup.key());
        const BackupOutcome todays = backups.backUp(today, backup.key());
        if (todays.ok() && Backups::pairStick(stick.path(), backup.key()))
            Backups::copyToStick(todays.path, stick.path());
        backup.setStickRoots(QStringList{stick.path()});
        backup.open();
        shot(QStringLiteral("teacher_backup_code")); // the recovery code, until it is written down
        backup.recoveryCodeWrittenDown();
        shot(QStringLiteral("teacher_backup"));
        backup.askRestore(2);
        shot(QStringLiteral("teacher_backup_restore"));
        backup.cancelRestore();
        backup.setStickRoots(QStringList{});
        backup.close();
    }
    m_context.teacher().leave();
    mailboxTour(children);
    libraryTour(children);
    return m_count;
}

// The secret mailbox: the counselor sets it up, children write, record and
// choose their pictures, the teacher sees a count, the counselor reads and
// answers, and the child opens the answer.
void ScreenshotTour::mailboxTour(const QList<Child> &children)
{
    KioskController &kiosk = m_context.kiosk();
    MailController &mail = m_context.mail();
    const QString passphrase = QStringLiteral("moon over the river");
    kiosk.openTeacher();
    m_context.teacher().submitPin(QStringLiteral("1234"));
    mail.openCounselor();
    shot(QStringLiteral("mail_setup"));
    mail.setUp(QStringLiteral("王老师"), passphrase, passphrase);
    shot(QStringLiteral("mail_recovery_code"));
    m_context.teacher().leave();

    // Letters from earlier in the week, one without a name.
    Mailbox &box = m_store.mailbox();
    const qint64 now = m_clock.nowMs();
    const QStringList earlier = {
        QStringLiteral("今天考试考了一百分！我想告诉爸爸。"), QStringLiteral("有人抢我的午饭，我不敢说。"),
        QStringLiteral("奶奶生病了，我很担心她。"), QStringLiteral("我想妈妈了，她过年回来吗？")};
    for (int i = 0; i < earlier.size(); ++i) {
        m_clock.set(now - (i + 1) * 26 * 3'600'000LL);
        Letter letter;
        if (i != 1) {
            letter.childId = children.at(4 + i).id;
            letter.childName = children.at(4 + i).name;
        }
        letter.text = earlier.at(i);
        letter.feeling = i == 0 ? 5 : 2;
        box.send(letter);
    }
    m_clock.set(now);
    // Sad faces several visits in a row, for "who needs me".
    for (int day = 1; day <= 3; ++day)
        m_store.moods().record(children.at(6).id, {}, day == 2 ? 1 : 2);

    mail.open();
    shot(QStringLiteral("mail_who"));
    mail.writeWithName();
    kiosk.chooseClass(m_store.roster().classes().constFirst().id);
    kiosk.chooseChild(children.at(3).id);
    mail.typeText(QStringLiteral("王老师，我想妈妈了。她在东莞打工，"));
    mail.setFeeling(2);
    for (const QChar letter : QStringLiteral("mama"))
        mail.pinyin()->typeLetter(QString(letter));
    shot(QStringLiteral("mail_write"));
    mail.pinyin()->chooseCandidate(0);
    mail.typeText(QStringLiteral("说过年回来。"));
    mail.openRecorder();
    mail.startRecording();
    if (m_microphone)
        m_microphone->emitSeconds(12.0);
    shot(QStringLiteral("mail_record"));
    mail.stopRecording();
    mail.send();
    mail.tapPicture(2);
    mail.tapPicture(7);
    shot(QStringLiteral("mail_picture_choose"));
    mail.tapPicture(5);
    for (int picture : {2, 7, 5})
        mail.tapPicture(picture);
    shot(QStringLiteral("mail_sent"));
    kiosk.goHome();

    kiosk.openTeacher();
    m_context.teacher().submitPin(QStringLiteral("1234"));
    shot(QStringLiteral("mail_teacher_count"));
    m_context.teacher().leave();

    kiosk.openTeacher();
    mail.openCounselor();
    mail.unlock(passphrase);
    shot(QStringLiteral("mail_inbox"));
    for (int row = 0; row < mail.inbox()->rowCount(); ++row) {
        const QModelIndex index = mail.inbox()->index(row);
        if (index.data(InboxModel::SenderRole).toString() == children.at(3).name) {
            mail.openLetter(index.data(InboxModel::LetterIdRole).toString());
            break;
        }
    }
    mail.setFollowUp(true);
    shot(QStringLiteral("mail_letter"));
    mail.typeReply(QStringLiteral(
        "小朋友，谢谢你告诉我。想妈妈的时候，周五下午来找我聊聊好吗？我们也可以一起给妈妈打个视频电话。"));
    mail.sendReply();
    shot(QStringLiteral("mail_letter_answered"));
    mail.showCare();
    shot(QStringLiteral("mail_care"));
    mail.lock();

    // Next afternoon: the child signs in, sees the answer waiting and opens it.
    m_clock.advance(20 * 3'600'000LL);
    kiosk.startSignIn();
    kiosk.chooseClass(m_store.roster().classes().constFirst().id);
    kiosk.chooseChild(children.at(3).id);
    shot(QStringLiteral("mail_answer_waiting"));
    kiosk.openReply();
    mail.tapPicture(2);
    shot(QStringLiteral("mail_picture_open"));
    mail.tapPicture(7);
    mail.tapPicture(5);
    shot(QStringLiteral("mail_answer"));
    kiosk.goHome();
}

// The book corner: three weeks of lending (two books now late), then a child
// borrows, another brings a book back and rates it, and the teacher looks at
// the catalog, a title with its copies and labels, the late books and a stocktake.
void ScreenshotTour::libraryTour(const QList<Child> &children)
{
    KioskController &kiosk = m_context.kiosk();
    LibraryController &library = m_context.library();
    Library &books = m_store.library();
    const QList<BookTitle> titles = books.titles();
    if (titles.size() < 8)
        return;
    auto copyOf = [&](int title, int copy) { return books.copies(titles.at(title).id).at(copy); };
    const qint64 now = m_clock.nowMs();
    m_clock.set(now - 20 * 24 * 3'600'000LL);
    for (int i = 0; i < 6; ++i) {
        books.borrow(children.at(10 + i).id, copyOf(i, 0).id);
        if (i >= 2) { // the first two stay out: late now
            m_clock.advance(3 * 24 * 3'600'000LL);
            const LibraryResult back = books.giveBack(copyOf(i, 0).id);
            books.rate(back.loan.id, 3 + i % 3);
            books.borrow(children.at(12 + i).id, copyOf(i, 0).id);
            books.giveBack(copyOf(i, 0).id);
        }
    }
    m_clock.set(now);
    books.borrow(children.at(9).id, copyOf(6, 0).id); // Ye Hong's reader has a book at home, not late

    kiosk.goHome();
    if (auto *frames = qobject_cast<ImageFrameSource *>(&m_context.cards().frames()))
        frames->push(roomPicture());
    library.open();
    shot(QStringLiteral("library"));
    library.startBorrow();
    kiosk.chooseClass(m_store.roster().classes().constFirst().id);
    kiosk.chooseChild(children.at(9).id);
    if (auto *frames = qobject_cast<ImageFrameSource *>(&m_context.cards().frames()))
        frames->push(roomPicture());
    shot(QStringLiteral("library_shelf"));
    library.pickTitle(titles.at(7).id);
    shot(QStringLiteral("library_confirm_sticker"));
    library.codeScanned(copyOf(7, 1).code);
    shot(QStringLiteral("library_confirm"));
    library.confirmBorrow();
    shot(QStringLiteral("library_borrowed"));

    m_clock.advance(3'600'000);
    library.startReturn();
    if (auto *frames = qobject_cast<ImageFrameSource *>(&m_context.cards().frames()))
        frames->push(roomPicture());
    shot(QStringLiteral("library_return"));
    books.borrow(children.at(4).id, copyOf(3, 1).id);
    library.codeScanned(copyOf(3, 1).code);
    library.rate(5);
    shot(QStringLiteral("library_returned"));
    library.done();

    kiosk.openTeacher();
    m_context.teacher().submitPin(QStringLiteral("1234"));
    library.openCatalog();
    shot(QStringLiteral("library_catalog"));
    library.editTitleById(titles.at(7).id);
    shot(QStringLiteral("library_title"));
    QList<BookLabel> labels;
    for (int i = 0; i < 24 && i < titles.size(); ++i)
        labels.append({copyOf(i, 0).code, titles.at(i).title, m_store.settings().schoolName()});
    if (!m_outDir.isEmpty())
        renderBookLabelPage(labels, 0, 100).save(QDir(m_outDir).filePath(QStringLiteral("library_labels.png")));
    library.newTitle();
    library.codeScanned(QStringLiteral("9787532774258"));
    shot(QStringLiteral("library_new_title"));
    // A donated box of books arrives with a list typed in WPS (saved as GBK).
    QDir().mkpath(library.importFolder());
    QFile list(QDir(library.importFolder()).filePath(QStringLiteral("捐赠图书.csv")));
    if (list.open(QIODevice::WriteOnly)) {
        QStringEncoder gbk("GB18030");
        list.write(gbk(QStringLiteral("书号,书名,作者,出版社,册数\n"
                                      "9787532774258,小猪唏哩呼噜（上）,孙幼军,少年儿童出版社,2\n"
                                      "9787535387639,淘气包马小跳,杨红樱,长江少年儿童出版社,3\n"
                                      "978753538763,笑猫日记,杨红樱,明天出版社,2\n"
                                      "9787020002207,西游记,吴承恩,人民文学出版社,1\n")));
        list.close();
    }
    library.openImport();
    library.previewImportFile(list.fileName());
    shot(QStringLiteral("library_import"));
    library.openOverdue();
    shot(QStringLiteral("library_overdue"));
    library.openHistory(children.at(12 + 2).id);
    shot(QStringLiteral("library_history"));
    library.openStocktake();
    for (int i = 0; i < 12; ++i)
        library.codeScanned(copyOf(i, 2).code);
    shot(QStringLiteral("library_stocktake"));
    m_context.teacher().leave();
}

} // namespace qq
