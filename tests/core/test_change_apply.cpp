// Received changes merge into the records field by field: kiosks that
// exchanged all their changes hold the same records (equal ReplicaHash),
// whatever order the changes came in; conflicts in meaning are kept and listed.
#include "change_apply.h"
#include "change_feed.h"
#include "change_log.h"
#include "clock.h"
#include "demo_school.h"
#include "kiosk_store.h"
#include "local_time.h"
#include "mailbox_trust.h"
#include "migrations.h"
#include "replica_hash.h"
#include "sync_conflicts.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <memory>

using namespace qq;

namespace {

constexpr qint64 kMinute = 60'000;
const QString kPassphrase = QStringLiteral("moon over the river 42");

// A kiosk on its own data folder and clock (Monday 2026-11-23 15:00 in
// Shanghai): with a small demo school, or empty, as a kiosk just installed
// that gets the school by sync.
struct Kiosk {
    explicit Kiosk(bool withSchool = false, int children = 8)
        : clock(localMs(QDate(2026, 11, 23), QTime(15, 0), QTimeZone("Asia/Shanghai")))
    {
        EXPECT_TRUE(dir.isValid());
        store = KioskStore::open(dir.path(), clock, TeacherPin::Cost::Minimal);
        if (withSchool) {
            DemoOptions options;
            options.children = children;
            options.classes = 2;
            options.bookCopies = 9;
            options.photos = true;
            createDemoSchool(*store, options);
        }
    }

    Database &db() { return store->db(); }
    QString device() { return store->changeLog().deviceId(); }
    QByteArray hash() { return ReplicaHash::of(db()); }
    int count(const char *sql)
    {
        Statement stmt = db().prepare(sql);
        stmt.step();
        return int(stmt.int64(0));
    }
    template <typename Work> void write(Work &&work)
    {
        Transaction tx(db());
        work();
        tx.commit();
    }
    // The children of the school, in a fixed order (by id: the same on every kiosk).
    QList<Child> children()
    {
        QList<Child> all;
        for (const SchoolClass &schoolClass : store->roster().classes())
            all += store->roster().childrenInClass(schoolClass.id);
        std::sort(all.begin(), all.end(), [](const Child &a, const Child &b) { return a.id < b.id; });
        return all;
    }
    Contact contactOf(const QString &childId, Contact::Role role)
    {
        for (const Contact &contact : store->roster().contacts(childId))
            if (contact.role == role)
                return contact;
        ADD_FAILURE() << "no such contact";
        return {};
    }
    QString copyByCode(const QString &code) { return store->library().lookup(code).copyId; }
    QList<ChangeRow> own() { return ChangeFeed::read(db(), {}, ChangeFeed::kMaxRows, device()); }

    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<KioskStore> store;
};

// Stores one batch as it travels (encoded and decoded); settings are read again, as the sync client does.
int deliver(Kiosk &to, const QString &device, const QList<ChangeRow> &rows)
{
    ChangeBatch batch;
    batch.deviceId = device;
    batch.rows = rows;
    QString error;
    const std::optional<ChangeBatch> wire = ChangeFeed::decode(ChangeFeed::encode(batch), &error);
    EXPECT_TRUE(wire) << error.toStdString();
    if (!wire)
        return 0;
    const int added = ChangeFeed::store(to.db(), to.store->changeLog(), *wire, to.clock.nowMs());
    to.store->settings().reload();
    return added;
}

// What `from` made itself (as a push reads it), in chunks, to `to`.
int push(Kiosk &from, Kiosk &to, int chunk = 400)
{
    int added = 0;
    QString cursor;
    for (;;) {
        const QList<ChangeRow> rows = ChangeFeed::read(from.db(), cursor, chunk, from.device());
        if (rows.isEmpty())
            return added;
        cursor = rows.last().hlc.toString();
        added += deliver(to, from.device(), rows);
    }
}

void exchange(Kiosk &a, Kiosk &b)
{
    push(a, b);
    push(b, a);
}

QString isbn13(const QString &twelve)
{
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += twelve.at(i).digitValue() * (i % 2 ? 3 : 1);
    return twelve + QString::number((10 - sum % 10) % 10);
}

// A change as another kiosk (`device`) would send it, stamped after everything `kiosk` made.
ChangeRow remoteChange(Kiosk &kiosk, const QString &device, int counter, const char *entity, const QString &id,
                       const char *op, const QJsonObject &payload)
{
    ChangeRow change;
    change.hlc = Hlc{kiosk.clock.nowMs() + kMinute, quint32(counter), device};
    change.entity = QString::fromUtf8(entity);
    change.recordId = id;
    change.op = QString::fromUtf8(op);
    change.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    change.atMs = kiosk.clock.nowMs();
    return change;
}

QJsonObject lastPayload(Kiosk &kiosk, const char *entity)
{
    Statement stmt = kiosk.db().prepare("SELECT payload FROM change_log WHERE entity = ? ORDER BY seq DESC LIMIT 1");
    stmt.bind(1, entity);
    EXPECT_TRUE(stmt.step());
    return QJsonDocument::fromJson(stmt.text(0).toUtf8()).object();
}

QString stampOf(Kiosk &kiosk, const char *entity, const QString &recordId)
{
    Statement stmt =
        kiosk.db().prepare("SELECT hlc FROM change_log WHERE entity = ? AND record_id = ? ORDER BY hlc DESC LIMIT 1");
    stmt.bind(1, entity).bind(2, recordId);
    return stmt.step() ? stmt.text(0) : QString();
}

// An ordinary afternoon on a kiosk, through the features' own doors: sign-ins
// and moods, roster edits, loans, a title with a cover, call windows and
// bookings, the room's rules. `tag` keeps what each kiosk adds apart.
void busyAfternoon(Kiosk &kiosk, int tag)
{
    const QList<Child> children = kiosk.children();
    ASSERT_GE(children.size(), 4);
    const Child &first = children.at(tag % 2);
    const Child &second = children.at(2 + tag % 2);

    const VisitOutcome in = kiosk.store->visits().toggle(first.id);
    ASSERT_TRUE(in.ok());
    ASSERT_FALSE(kiosk.store->moods().record(first.id, in.visit.id, 1 + tag % 5));
    ASSERT_TRUE(kiosk.store->visits().toggle(second.id).ok());
    kiosk.clock.advance(20 * kMinute);
    ASSERT_EQ(kiosk.store->visits().toggle(first.id).status, VisitOutcome::Status::SignedOut);

    kiosk.write([&] {
        Child edited = *kiosk.store->roster().child(second.id);
        edited.hobbies = QStringLiteral("围棋 %1").arg(tag);
        kiosk.store->roster().updateChild(edited);
        kiosk.store->roster().setPhoto(first.id, QByteArray("\xFF\xD8\xFF\xE0photo-", 10) + QByteArray::number(tag));
        // The guardian moves away; the mother has a new phone.
        QList<Contact> contacts = kiosk.store->roster().contacts(first.id);
        contacts.removeIf([](const Contact &contact) { return contact.role == Contact::Role::Guardian; });
        for (Contact &contact : contacts)
            if (contact.role == Contact::Role::Mother)
                contact.phone = QStringLiteral("1390000%1").arg(tag, 4, 10, QLatin1Char('0'));
        kiosk.store->roster().replaceContacts(first.id, contacts);
    });

    Library &library = kiosk.store->library();
    BookTitle title;
    title.title = QStringLiteral("小猫钓鱼 %1").arg(tag);
    title.isbn = isbn13(QStringLiteral("97875%1").arg(tag, 7, 10, QLatin1Char('0')));
    title.author = QStringLiteral("金近");
    const LibraryResult added = library.addTitle(title, 2);
    ASSERT_TRUE(added.ok());
    ASSERT_FALSE(library.setCover(added.titleId, QByteArray("\xFF\xD8cover-", 8) + QByteArray(3000, char('a' + tag))));
    const LibraryResult loan = library.borrow(second.id, kiosk.copyByCode(added.codes.first()));
    ASSERT_TRUE(loan.ok());
    ASSERT_TRUE(library.renew(loan.loan.id).ok());
    const LibraryResult back = library.giveBack(kiosk.copyByCode(added.codes.first()));
    ASSERT_TRUE(back.ok());
    ASSERT_TRUE(library.rate(back.loan.id, 4));
    LibraryRules rules = library.rules();
    rules.loanDays = 10 + tag;
    library.setRules(rules);

    CallBook &calls = kiosk.store->calls();
    const Contact dad = kiosk.contactOf(second.id, Contact::Role::Father);
    calls.setContactWindows(dad.id, {{2, 12 * 60, 13 * 60}});
    const qint64 tuesdayNoon = localMs(QDate(2026, 11, 24), QTime(12, 10 * tag % 60), QTimeZone("Asia/Shanghai"));
    const QString booking =
        calls.book(second.id, dad.id, {calls.places().first().id, 1, tuesdayNoon, tuesdayNoon + 10 * kMinute});
    if (tag % 2)
        calls.cancel(booking);
    kiosk.clock.advance(5 * kMinute);
}

} // namespace

TEST(ChangeApply, PayloadsAreRowImagesInTheTablesOwnTerms)
{
    Kiosk kiosk(true);
    const Child child = kiosk.children().first();
    // An insert holds every synced column, typed; a BLOB as base64.
    Statement inserted = kiosk.db().prepare(
        "SELECT payload FROM change_log WHERE entity = 'children' AND record_id = ? AND op = 'insert'");
    inserted.bind(1, child.id);
    ASSERT_TRUE(inserted.step());
    const QJsonObject row = QJsonDocument::fromJson(inserted.text(0).toUtf8()).object();
    inserted.reset();
    QStringList keys = row.keys();
    QStringList columns = kiosk.store->changeLog().schema().table(QStringLiteral("children"))->columns;
    keys.sort();
    columns.sort();
    EXPECT_EQ(keys, columns);
    EXPECT_EQ(row.value("id").toString(), child.id);
    EXPECT_EQ(row.value("name").toString(), child.name);
    EXPECT_TRUE(row.value("active").isDouble());
    EXPECT_EQ(row.value("active").toInteger(), 1);
    EXPECT_EQ(QByteArray::fromBase64(row.value("photo").toObject().value("b64").toString().toLatin1()),
              kiosk.store->roster().photo(child.id));
    EXPECT_TRUE(row.value("medical").isNull() || row.value("medical").isString());

    // An update holds what it changed, nothing else.
    kiosk.write([&] {
        Child edited = child;
        edited.hobbies = QStringLiteral("踢毽子");
        kiosk.store->roster().updateChild(edited);
    });
    EXPECT_EQ(lastPayload(kiosk, "children"), (QJsonObject{{"hobbies", QStringLiteral("踢毽子")}}));
    // A cover travels as its bytes.
    const QString titleId = kiosk.store->library().titles().first().id;
    const QByteArray cover = QByteArray("\xFF\xD8\x00\x01", 4) + QByteArray(100, 'c');
    ASSERT_FALSE(kiosk.store->library().setCover(titleId, cover));
    EXPECT_EQ(QByteArray::fromBase64(
                  lastPayload(kiosk, "book_titles").value("cover").toObject().value("b64").toString().toLatin1()),
              cover);
    // A setting is keyed by its name; the mailbox's key row by 1, without the lockout counters.
    EXPECT_EQ(lastPayload(kiosk, "settings"),
              (QJsonObject{{"key", QStringLiteral("school_name")}, {"value", QStringLiteral("石桥镇中心小学")}}));
    kiosk.store->settings().setValue("school_name", QStringLiteral("石桥小学"));
    EXPECT_EQ(lastPayload(kiosk, "settings"), (QJsonObject{{"value", QStringLiteral("石桥小学")}}));
    ASSERT_FALSE(kiosk.store->mailbox().setUp(QStringLiteral("王老师"), kPassphrase).isEmpty());
    const QJsonObject keys1 = lastPayload(kiosk, "mailbox_keys");
    EXPECT_EQ(keys1.value("id").toInteger(), 1);
    EXPECT_FALSE(keys1.contains("failures"));
    EXPECT_FALSE(keys1.contains("locked_until"));
    EXPECT_TRUE(keys1.value("public_key").toObject().contains("b64"));
    // Every logged entity is a synced table; the stocktake is not among them.
    kiosk.store->library().scanForStocktake(kiosk.store->library().startStocktake(),
                                            kiosk.store->library().copies(titleId).first().code);
    ASSERT_EQ(kiosk.count("SELECT count(*) FROM stocktake_scans"), 1);
    EXPECT_EQ(kiosk.count("SELECT count(*) FROM change_log WHERE entity LIKE 'stocktake%'"), 0);
}

TEST(ChangeApply, AnEmptyKioskGetsTheSchoolAndItsAfternoonBySync)
{
    Kiosk first(true);
    Kiosk second;
    ASSERT_EQ(second.count("SELECT count(*) FROM children"), 0);
    ASSERT_FALSE(first.store->mailbox().setUp(QStringLiteral("王老师"), kPassphrase).isEmpty());
    busyAfternoon(first, 1);
    first.store->calls().setOpeningHours({{1, 12 * 60, 13 * 60}, {2, 12 * 60, 13 * 60}});
    const int rows = int(first.own().size());
    EXPECT_EQ(push(first, second), rows);
    EXPECT_EQ(second.count("SELECT count(*) FROM sync_waiting"), 0);
    EXPECT_EQ(second.hash(), first.hash());
    EXPECT_EQ(second.store->roster().photo(first.children().first().id),
              first.store->roster().photo(first.children().first().id));
    EXPECT_EQ(second.store->library().rules().loanDays, 11);
    EXPECT_TRUE(second.store->mailbox().isSetUp());
    EXPECT_TRUE(SyncConflicts::list(second.db()).isEmpty());

    // The second kiosk's own afternoon goes back the same way.
    second.clock.advance(3 * 60 * kMinute);
    busyAfternoon(second, 2);
    push(second, first);
    EXPECT_EQ(first.hash(), second.hash());
    // Nothing either made was lost or doubled: each has both afternoons.
    EXPECT_EQ(first.count("SELECT count(*) FROM book_titles WHERE title LIKE '小猫钓鱼%'"), 2);
    EXPECT_EQ(first.count("SELECT count(*) FROM visits"), 4);
}

TEST(ChangeApply, ConcurrentEditsOfOneFieldConvergeToTheGreaterStamp)
{
    Kiosk first(true);
    Kiosk second;
    push(first, second);
    const Child child = first.children().first();
    // Offline, both rename the child; the second kiosk's clock is behind, so
    // its later edit carries the smaller stamp.
    second.clock.advance(-10 * kMinute);
    first.clock.advance(kMinute);
    first.write([&] {
        Child edited = *first.store->roster().child(child.id);
        edited.name = QStringLiteral("陈一");
        first.store->roster().updateChild(edited);
    });
    second.clock.advance(2 * kMinute);
    second.write([&] {
        Child edited = *second.store->roster().child(child.id);
        edited.name = QStringLiteral("陈二");
        second.store->roster().updateChild(edited);
    });
    const QString firstStamp = stampOf(first, "children", child.id);
    const QString secondStamp = stampOf(second, "children", child.id);
    ASSERT_GT(firstStamp, secondStamp);
    exchange(first, second);
    EXPECT_EQ(first.hash(), second.hash());
    EXPECT_EQ(first.store->roster().child(child.id)->name, QStringLiteral("陈一"));
    EXPECT_EQ(second.store->roster().child(child.id)->name, QStringLiteral("陈一"));

    // Edited again on the second kiosk after it saw the first's edit: that one wins, everywhere.
    second.write([&] {
        Child edited = *second.store->roster().child(child.id);
        edited.name = QStringLiteral("陈三");
        second.store->roster().updateChild(edited);
    });
    EXPECT_GT(stampOf(second, "children", child.id), firstStamp);
    exchange(first, second);
    EXPECT_EQ(first.store->roster().child(child.id)->name, QStringLiteral("陈三"));
    EXPECT_EQ(first.hash(), second.hash());
}

TEST(ChangeApply, EditsOfDifferentFieldsOfOneRecordBothSurvive)
{
    Kiosk first(true);
    Kiosk second;
    push(first, second);
    const Child child = first.children().at(1);
    first.write([&] {
        Child edited = *first.store->roster().child(child.id);
        edited.hobbies = QStringLiteral("跳绳");
        first.store->roster().updateChild(edited);
    });
    second.clock.advance(kMinute);
    second.write([&] {
        Child edited = *second.store->roster().child(child.id);
        edited.medical = QStringLiteral("花生过敏");
        second.store->roster().updateChild(edited);
        second.store->roster().setActive(child.id, false);
    });
    exchange(first, second);
    for (Kiosk *kiosk : {&first, &second}) {
        const Child merged = *kiosk->store->roster().child(child.id);
        EXPECT_EQ(merged.hobbies, QStringLiteral("跳绳"));
        EXPECT_EQ(merged.medical, QStringLiteral("花生过敏"));
        EXPECT_FALSE(merged.active);
    }
    EXPECT_EQ(first.hash(), second.hash());
}

TEST(ChangeApply, TheOrderChangesArriveInDoesNotMatter)
{
    Kiosk first(true, 6);
    Kiosk second;
    Kiosk third;
    push(first, second);
    push(first, third);
    ASSERT_EQ(second.hash(), first.hash());
    // Three afternoons offline, with the same records edited on more than one kiosk.
    busyAfternoon(first, 1);
    second.clock.advance(kMinute);
    busyAfternoon(second, 2);
    third.clock.advance(-kMinute);
    busyAfternoon(third, 3);
    const Child shared = first.children().first();
    for (Kiosk *kiosk : {&first, &second, &third}) {
        kiosk->write([&] {
            Child edited = *kiosk->store->roster().child(shared.id);
            edited.personality = QStringLiteral("性格 ") + kiosk->device().left(4);
            kiosk->store->roster().updateChild(edited);
        });
    }

    // Two fresh kiosks get everything: one kiosk after another, and every
    // single change on its own, newest first, kiosks interleaved.
    QList<QPair<QString, QList<ChangeRow>>> all;
    for (Kiosk *kiosk : {&first, &second, &third})
        all.append({kiosk->device(), kiosk->own()});
    Kiosk inOrder;
    for (const auto &[device, rows] : all)
        deliver(inOrder, device, rows);
    Kiosk backwards;
    QList<QPair<QString, ChangeRow>> singles;
    for (const auto &[device, rows] : all)
        for (const ChangeRow &row : rows)
            singles.append({device, row});
    std::sort(singles.begin(), singles.end(),
              [](const auto &a, const auto &b) { return a.second.hlc.toString() > b.second.hlc.toString(); });
    QElapsedTimer timer;
    timer.start();
    for (const auto &[device, row] : singles)
        deliver(backwards, device, {row});
    RecordProperty("backwards_ms", int(timer.elapsed()));
    EXPECT_EQ(backwards.count("SELECT count(*) FROM sync_waiting"), 0);
    EXPECT_EQ(backwards.hash(), inOrder.hash());

    // And the three kiosks, once they exchanged everything, hold the same.
    exchange(first, second);
    exchange(second, third);
    exchange(first, third);
    EXPECT_EQ(first.hash(), inOrder.hash());
    EXPECT_EQ(second.hash(), inOrder.hash());
    EXPECT_EQ(third.hash(), inOrder.hash());
    EXPECT_EQ(SyncConflicts::list(first.db()), SyncConflicts::list(backwards.db()));
}

TEST(ChangeApply, ABatchReplayedOrDuplicatedChangesNothing)
{
    Kiosk first(true);
    Kiosk second;
    push(first, second);
    busyAfternoon(first, 1);
    const QList<ChangeRow> rows = first.own();
    EXPECT_GT(push(first, second), 0);
    const QByteArray merged = second.hash();
    const int stamps = second.count("SELECT count(*) FROM sync_stamps");
    EXPECT_EQ(push(first, second), 0);
    EXPECT_EQ(deliver(second, first.device(), rows.mid(rows.size() / 3)), 0);
    // A later chunk that repeats an earlier one's tail, in a different cut.
    EXPECT_EQ(push(first, second, 7), 0);
    EXPECT_EQ(second.hash(), merged);
    EXPECT_EQ(second.count("SELECT count(*) FROM sync_stamps"), stamps);
    EXPECT_EQ(second.hash(), first.hash());
}

TEST(ChangeApply, ACopyLentOnTwoOfflineKiosksIsKeptAndListedOnBoth)
{
    Kiosk first(true);
    Kiosk second;
    push(first, second);
    const QList<Child> children = first.children();
    const QString code = first.store->library().copies(first.store->library().titles().first().id).first().code;
    const QString copyId = first.copyByCode(code);
    ASSERT_TRUE(first.store->library().borrow(children.at(0).id, copyId).ok());
    second.clock.advance(kMinute);
    ASSERT_TRUE(second.store->library().borrow(children.at(1).id, copyId).ok());
    // The same slot, ISBN, sticker and card, each made on both kiosks.
    for (Kiosk *kiosk : {&first, &second}) {
        CallBook &calls = kiosk->store->calls();
        const Child &child = children.at(kiosk == &first ? 2 : 3);
        const Contact dad = kiosk->contactOf(child.id, Contact::Role::Father);
        calls.setContactWindows(dad.id, {{2, 12 * 60, 13 * 60}});
        const qint64 noon = localMs(QDate(2026, 11, 24), QTime(12, 0), QTimeZone("Asia/Shanghai"));
        calls.book(child.id, dad.id, {calls.places().first().id, 1, noon, noon + 10 * kMinute});
        BookTitle title;
        title.title = QStringLiteral("草房子");
        title.isbn = isbn13(QStringLiteral("978702008887"));
        ASSERT_TRUE(kiosk->store->library().addTitle(title, 1).ok());
        kiosk->write([&] {
            Child carded = *kiosk->store->roster().child(children.at(kiosk == &first ? 4 : 5).id);
            carded.cardCode = QStringLiteral("QQ-SAME-1");
            kiosk->store->roster().updateChild(carded);
        });
    }
    exchange(first, second);
    EXPECT_EQ(first.hash(), second.hash());
    // Both loans are kept.
    EXPECT_EQ(first.store->library().openLoansOfCopy(copyId).size(), 2);
    const QList<SyncConflict> conflicts = SyncConflicts::list(first.db());
    EXPECT_EQ(SyncConflicts::list(second.db()), conflicts);
    QList<SyncConflict::Kind> kinds;
    for (const SyncConflict &conflict : conflicts) {
        kinds << conflict.kind;
        EXPECT_EQ(conflict.recordIds.size(), 2);
        EXPECT_FALSE(conflict.reason.isEmpty());
    }
    EXPECT_EQ(kinds,
              (QList<SyncConflict::Kind>{SyncConflict::Kind::CopyLentTwice, SyncConflict::Kind::SlotBookedTwice,
                                         SyncConflict::Kind::SameIsbn, SyncConflict::Kind::SameBarcode,
                                         SyncConflict::Kind::SameCardCode}));
    const SyncConflict lent = conflicts.first();
    EXPECT_EQ(lent.entity, QStringLiteral("loans"));
    EXPECT_EQ(lent.shared, copyId);
    QStringList loans;
    for (const Loan &loan : first.store->library().openLoansOfCopy(copyId))
        loans << loan.id;
    loans.sort();
    EXPECT_EQ(lent.recordIds, loans);
    EXPECT_TRUE(lent.reason.contains(code));

    // The features still refuse locally: the copy is out, the card is taken.
    EXPECT_EQ(first.store->library().borrow(children.at(6).id, copyId).problem, LibraryProblem::CopyOnLoan);
    // The book comes back once: both loans end, on both kiosks after a sync.
    ASSERT_TRUE(first.store->library().giveBack(copyId).ok());
    exchange(first, second);
    EXPECT_TRUE(second.store->library().openLoansOfCopy(copyId).isEmpty());
    EXPECT_NE(SyncConflicts::list(second.db()).first().kind, SyncConflict::Kind::CopyLentTwice);
    EXPECT_EQ(first.hash(), second.hash());
}

TEST(ChangeApply, AChildSignedInOnTwoKiosksIsSignedOutOfBothByOneTap)
{
    Kiosk first(true);
    Kiosk second;
    push(first, second);
    const QString child = first.children().first().id;
    ASSERT_EQ(first.store->visits().toggle(child).status, VisitOutcome::Status::SignedIn);
    ASSERT_EQ(second.store->visits().toggle(child).status, VisitOutcome::Status::SignedIn);
    exchange(first, second);
    EXPECT_EQ(first.count("SELECT count(*) FROM visits WHERE signed_out_at IS NULL"), 2);
    first.clock.advance(30 * kMinute);
    EXPECT_EQ(first.store->visits().toggle(child).status, VisitOutcome::Status::SignedOut);
    EXPECT_FALSE(first.store->visits().openVisit(child));
    exchange(first, second);
    EXPECT_FALSE(second.store->visits().openVisit(child));
    EXPECT_EQ(first.hash(), second.hash());
}

TEST(ChangeApply, ADeleteIsFinalAndTakesWhatPointsToItOnEveryKiosk)
{
    Kiosk first(true);
    Kiosk second;
    push(first, second);
    const Child child = first.children().first();
    const Contact guardian = first.contactOf(child.id, Contact::Role::Guardian);
    // The first kiosk removes the guardian; the second, offline, sets when
    // the guardian can answer (after the delete, by its clock) and edits their phone.
    first.write([&] {
        QList<Contact> contacts = first.store->roster().contacts(child.id);
        contacts.removeIf([](const Contact &contact) { return contact.role == Contact::Role::Guardian; });
        first.store->roster().replaceContacts(child.id, contacts);
    });
    second.clock.advance(10 * kMinute);
    second.store->calls().setContactWindows(guardian.id, {{3, 16 * 60, 17 * 60}});
    second.write([&] {
        QList<Contact> contacts = second.store->roster().contacts(child.id);
        for (Contact &contact : contacts)
            if (contact.id == guardian.id)
                contact.phone = QStringLiteral("13800000000");
        second.store->roster().replaceContacts(child.id, contacts);
    });
    exchange(first, second);
    for (Kiosk *kiosk : {&first, &second}) {
        Statement left = kiosk->db().prepare("SELECT (SELECT count(*) FROM contacts WHERE id = ?1) + "
                                             "(SELECT count(*) FROM contact_windows WHERE contact_id = ?1)");
        left.bind(1, guardian.id).step();
        EXPECT_EQ(left.int64(0), 0);
    }
    EXPECT_EQ(first.hash(), second.hash());
    // A kiosk that gets the changes newest first ends the same.
    Kiosk late;
    QList<QPair<QString, ChangeRow>> singles;
    for (Kiosk *kiosk : {&first, &second})
        for (const ChangeRow &row : kiosk->own())
            singles.append({kiosk->device(), row});
    std::sort(singles.begin(), singles.end(),
              [](const auto &a, const auto &b) { return a.second.hlc.toString() > b.second.hlc.toString(); });
    for (const auto &[device, row] : singles)
        deliver(late, device, {row});
    EXPECT_EQ(late.hash(), first.hash());
}

TEST(ChangeApply, AChangeForAnUnknownTableOrColumnIsKeptButNotApplied)
{
    Kiosk kiosk(true);
    const Child child = kiosk.children().first();
    const QString device = QStringLiteral("newer-kiosk");
    auto row = [&](int counter, const char *entity, const QString &id, const QJsonObject &payload) {
        return remoteChange(kiosk, device, counter, entity, id, "update", payload);
    };
    QStringList warnings;
    static QStringList *captured = nullptr;
    captured = &warnings;
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &, const QString &text) { captured->append(text); });
    const int added = deliver(
        kiosk, device,
        {row(1, "gradebook", QStringLiteral("g1"), {{"score", 97}}),
         row(2, "children", child.id, {{"hobbies", QStringLiteral("编程")}, {"nickname", QStringLiteral("小秘密")}}),
         row(3, "local_state", QStringLiteral("teacher_pin"), {{"value", QStringLiteral("x")}}),
         row(4, "children", child.id, {{"personality", QJsonArray{1, 2}}})});
    qInstallMessageHandler(previous);
    EXPECT_EQ(added, 4);
    EXPECT_EQ(kiosk.count("SELECT count(*) FROM change_log WHERE device_id = 'newer-kiosk'"), 4);
    EXPECT_EQ(kiosk.store->roster().child(child.id)->hobbies, QStringLiteral("编程"));
    EXPECT_EQ(kiosk.store->roster().child(child.id)->personality, child.personality);
    EXPECT_EQ(kiosk.count("SELECT count(*) FROM local_state WHERE value = 'x'"), 0);
    EXPECT_EQ(kiosk.count("SELECT count(*) FROM sqlite_schema WHERE name = 'gradebook'"), 0);
    const QString all = warnings.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("gradebook"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("nickname"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("local_state"))) << all.toStdString();
    for (const QString &secret : {child.id, QStringLiteral("小秘密"), QStringLiteral("编程"), child.name})
        EXPECT_FALSE(all.contains(secret)) << "personal data in the log: " << all.toStdString();
}

TEST(ChangeApply, AValueTheSchemaRefusesIsKeptInTheLogAndTheRestOfTheBatchApplies)
{
    Kiosk kiosk(true);
    const Child child = kiosk.children().first();
    Statement hours = kiosk.db().prepare("SELECT id FROM room_hours WHERE weekday = 1 ORDER BY start_minute LIMIT 1");
    ASSERT_TRUE(hours.step());
    const QString monday = hours.text(0);
    hours.reset();
    const QString device = QStringLiteral("other-kiosk");
    const QString mood = QStringLiteral("a-mood-from-a-newer-scale");
    const int added = deliver(
        kiosk, device,
        {remoteChange(kiosk, device, 1, "moods", mood, "insert",
                      {{"id", mood}, {"child_id", child.id}, {"visit_id", QJsonValue()}, {"mood", 9}, {"at", 1}}),
         // Every column a new row needs, but not the one its CHECK reads: still an update of the row here.
         remoteChange(kiosk, device, 2, "room_hours", monday, "update", {{"start_minute", 700}, {"end_minute", 760}})});
    EXPECT_EQ(added, 2);
    EXPECT_EQ(kiosk.count("SELECT count(*) FROM moods"), 0);
    EXPECT_EQ(kiosk.count("SELECT count(*) FROM change_log WHERE entity = 'moods'"), 1);
    Statement moved = kiosk.db().prepare("SELECT weekday, start_minute, end_minute FROM room_hours WHERE id = ?");
    moved.bind(1, monday);
    ASSERT_TRUE(moved.step());
    EXPECT_EQ(moved.int64(0), 1);
    EXPECT_EQ(moved.int64(1), 700);
    EXPECT_EQ(moved.int64(2), 760);
}

TEST(ChangeApply, LettersTravelAsTheSameCiphertextAndOpenWithTheCounselorsPassphrase)
{
    Kiosk first(true);
    Kiosk second;
    Mailbox &mailbox = first.store->mailbox();
    ASSERT_FALSE(mailbox.setUp(QStringLiteral("王老师"), kPassphrase).isEmpty());
    const Child child = first.children().first();
    const QString words = QStringLiteral("我想妈妈了 7f3a9c");
    Letter letter;
    letter.childId = child.id;
    letter.childName = child.name;
    letter.text = words;
    letter.feeling = 2;
    const SendResult sent = mailbox.send(letter, {1, 4, 7});
    ASSERT_TRUE(sent.ok());
    // Logged only once its hour is over, with the others of that hour: the
    // log keeps no more of when it came than the letters table does.
    EXPECT_EQ(first.count("SELECT count(*) FROM change_log WHERE entity = 'letters'"), 0);
    EXPECT_EQ(mailbox.logLettersOfPastHours(), 0);
    first.clock.advance(60 * kMinute);
    Letter later;
    later.text = QStringLiteral("没有名字的信");
    ASSERT_TRUE(mailbox.send(later).ok());
    EXPECT_EQ(mailbox.logLettersOfPastHours(), 1);
    EXPECT_EQ(mailbox.logLettersOfPastHours(), 0);
    EXPECT_EQ(first.count("SELECT count(*) FROM change_log WHERE entity = 'letters'"), 1);
    first.clock.advance(60 * kMinute);
    EXPECT_EQ(mailbox.logLettersOfPastHours(), 1);
    push(first, second);
    EXPECT_EQ(second.hash(), first.hash());
    EXPECT_EQ(second.store->mailbox().unreadReplies(child.id), 0);
    EXPECT_FALSE(second.store->mailbox().hasPictureCode(child.id))
        << "the child's locked key stays on the kiosk where the pictures were chosen";
    EXPECT_EQ(first.count("SELECT count(*) FROM change_log WHERE entity = 'child_keys'"), 0);

    // The same sealed bytes, and nothing readable in the log.
    Statement sealed = first.db().prepare("SELECT header, body FROM letters WHERE id = ?");
    sealed.bind(1, sent.letterId).step();
    Statement there = second.db().prepare("SELECT header, body FROM letters WHERE id = ?");
    there.bind(1, sent.letterId);
    ASSERT_TRUE(there.step());
    EXPECT_EQ(there.blob(0), sealed.blob(0));
    EXPECT_EQ(there.blob(1), sealed.blob(1));
    QStringList letterColumns = lastPayload(first, "letters").keys();
    EXPECT_EQ(letterColumns, (QStringList{"body", "follow_up", "header", "hour_ms", "id", "opened"}));
    EXPECT_EQ(first.count("SELECT count(*) FROM change_log WHERE instr(payload, '7f3a9c') > 0 "
                          "OR instr(payload, '妈妈') > 0"),
              0);

    // A wrong passphrase on the second kiosk counts there only.
    EXPECT_EQ(second.store->mailbox().unlock(QStringLiteral("not it at all")).check.status, UnlockCheck::Status::Wrong);
    EXPECT_EQ(second.count("SELECT failures FROM mailbox_keys"), 1);
    EXPECT_EQ(first.count("SELECT failures FROM mailbox_keys"), 0);
    EXPECT_EQ(second.hash(), first.hash());
    // The counselor opens it on the second kiosk and answers there.
    second.clock.advance(Mailbox::passphraseDelayAfter(1));
    {
        auto [check, session] = second.store->mailbox().unlock(kPassphrase);
        ASSERT_EQ(check.status, UnlockCheck::Status::Ok);
        const std::optional<Letter> read = session->read(sent.letterId);
        ASSERT_TRUE(read);
        EXPECT_EQ(read->text, words);
        EXPECT_EQ(read->childId, child.id);
        ASSERT_FALSE(session->reply(sent.letterId, QStringLiteral("周五来找我聊聊")));
    }
    // What syncs of the answer names no child: a random tag the letter gave,
    // which only the first kiosk links to the child (issue 17, item 5).
    {
        Statement logged = second.db().prepare(
            "SELECT count(*) FROM change_log WHERE entity = 'letter_replies' AND instr(payload, ?) > 0");
        logged.bind(1, child.id).step();
        EXPECT_EQ(logged.int64(0), 0);
        EXPECT_EQ(second.count("SELECT count(*) FROM child_reply_tags"), 0);
        EXPECT_EQ(first.count("SELECT count(*) FROM child_reply_tags"), 1);
        EXPECT_EQ(second.count("SELECT count(*) FROM pragma_table_info('letter_replies') WHERE name = 'child_id'"), 0);
    }
    push(second, first);
    EXPECT_EQ(first.hash(), second.hash());
    EXPECT_EQ(first.count("SELECT count(*) FROM letters WHERE opened = 1"), 1);
    EXPECT_EQ(first.count("SELECT count(*) FROM letters"), 2);
    // The child opens the answer with the picture code on the first kiosk.
    const OpenedReplies replies = mailbox.openReplies(child.id, {1, 4, 7});
    ASSERT_EQ(replies.check.status, UnlockCheck::Status::Ok);
    ASSERT_EQ(replies.replies.size(), 1);
    EXPECT_EQ(replies.replies.first().text, QStringLiteral("周五来找我聊聊"));
    push(first, second);
    EXPECT_EQ(first.hash(), second.hash());
    EXPECT_EQ(second.count("SELECT count(*) FROM letter_replies WHERE read_at IS NOT NULL"), 1);
}

// The attacks of issue 17, item 2: anyone who can push one row (a kiosk's
// credential, the hub's operator, a USB file) tries to replace or remove the
// counselor's key, or a child's.
TEST(MailboxTrust, OnlyTheCounselorsOwnSignedKeyIsEverAcceptedFromSync)
{
    Kiosk first(true);
    Kiosk second;
    ASSERT_FALSE(first.store->mailbox().setUp(QStringLiteral("王老师"), kPassphrase).isEmpty());
    const QString pinned = MailboxTrust::fingerprintOfPinned(first.db());
    ASSERT_EQ(pinned.size(), 19);
    push(first, second);
    ASSERT_TRUE(second.store->mailbox().isSetUp());
    EXPECT_EQ(MailboxTrust::fingerprintOfPinned(second.db()), pinned) << "pinned on first sight";
    EXPECT_EQ(MailboxTrust::alert(second.db()), MailboxTrust::Alert::None);
    auto publicKeyOn = [](Kiosk &kiosk) {
        Statement stmt = kiosk.db().prepare("SELECT public_key FROM mailbox_keys WHERE id = 1");
        return stmt.step() ? stmt.blob(0) : QByteArray();
    };
    const QByteArray realKey = publicKeyOn(first);

    // 1. A whole, validly signed key row of someone else's mailbox (the attacker's own kiosk).
    Kiosk attacker(true);
    ASSERT_FALSE(
        attacker.store->mailbox().setUp(QStringLiteral("假老师"), QStringLiteral("attacker passphrase 1")).isEmpty());
    QJsonObject forged = lastPayload(attacker, "mailbox_keys");
    deliver(second, QStringLiteral("attacker-device"),
            {remoteChange(second, QStringLiteral("attacker-device"), 1, "mailbox_keys", QStringLiteral("1"), "insert",
                          forged)});
    EXPECT_EQ(publicKeyOn(second), realKey);
    EXPECT_EQ(MailboxTrust::alert(second.db()), MailboxTrust::Alert::OtherKey);
    EXPECT_EQ(second.count("SELECT count(*) FROM change_log WHERE entity = 'mailbox_keys'"), 2)
        << "kept in the log (the log is the same everywhere), not applied";

    // 2. The real row with only the public key swapped: the signature no longer holds.
    QJsonObject swapped = lastPayload(first, "mailbox_keys");
    swapped.insert(QStringLiteral("public_key"), forged.value(QStringLiteral("public_key")));
    MailboxTrust::clearAlert(second.db());
    deliver(second, QStringLiteral("attacker-device"),
            {remoteChange(second, QStringLiteral("attacker-device"), 2, "mailbox_keys", QStringLiteral("1"), "update",
                          swapped)});
    EXPECT_EQ(publicKeyOn(second), realKey);
    EXPECT_EQ(MailboxTrust::alert(second.db()), MailboxTrust::Alert::Unsigned);
    // Without identity or signature at all, as an older version wrote it.
    swapped.remove(QStringLiteral("signature"));
    swapped.remove(QStringLiteral("identity_key"));
    deliver(second, QStringLiteral("attacker-device"),
            {remoteChange(second, QStringLiteral("attacker-device"), 3, "mailbox_keys", QStringLiteral("1"), "update",
                          swapped)});
    EXPECT_EQ(publicKeyOn(second), realKey);

    // 3. A forged delete of the key table: the mailbox stays set up, and so do child keys.
    MailboxTrust::clearAlert(second.db());
    deliver(second, QStringLiteral("attacker-device"),
            {remoteChange(second, QStringLiteral("attacker-device"), 4, "mailbox_keys", QStringLiteral("1"), "delete",
                          {})});
    EXPECT_TRUE(second.store->mailbox().isSetUp());
    EXPECT_EQ(MailboxTrust::alert(second.db()), MailboxTrust::Alert::Delete);

    // 4. A child's key row from sync (to re-seal that child's answers to an attacker) is never applied.
    const Child child = first.children().first();
    deliver(second, QStringLiteral("attacker-device"),
            {remoteChange(second, QStringLiteral("attacker-device"), 5, "child_keys", child.id, "insert",
                          {{"child_id", child.id},
                           {"public_key", QJsonObject{{"b64", QString::fromLatin1(realKey.toBase64())}}},
                           {"salt", QJsonObject{{"b64", QStringLiteral("AAAA")}}},
                           {"ops", 1},
                           {"mem", 1},
                           {"locked_key", QJsonObject{{"b64", QStringLiteral("AAAA")}}},
                           {"created_at", 0}})});
    EXPECT_EQ(second.count("SELECT count(*) FROM child_keys"), 0);

    // Nothing was lost for the real users: a letter written on the second kiosk
    // is sealed to the real counselor and opens with her passphrase.
    Letter letter;
    letter.childId = child.id;
    letter.childName = child.name;
    letter.text = QStringLiteral("爸爸又喝醉了");
    const SendResult sent = second.store->mailbox().send(letter, {2, 5, 8});
    ASSERT_TRUE(sent.ok());
    auto [check, session] = second.store->mailbox().unlock(kPassphrase);
    ASSERT_EQ(check.status, UnlockCheck::Status::Ok);
    const std::optional<Letter> read = session->read(sent.letterId);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->text, letter.text);
    // And the attacker's key opens nothing.
    EXPECT_EQ(attacker.store->mailbox().unlock(QStringLiteral("attacker passphrase 1")).check.status,
              UnlockCheck::Status::Ok);
}

TEST(MailboxTrust, AKeySetUpBeforeSignaturesIsSignedByItsOwnerAtTheNextUnlock)
{
    Kiosk kiosk(true);
    ASSERT_FALSE(kiosk.store->mailbox().setUp(QStringLiteral("王老师"), kPassphrase).isEmpty());
    kiosk.db().exec("UPDATE mailbox_keys SET identity_key = NULL, signature = NULL");
    kiosk.db().exec("DELETE FROM local_state WHERE key = 'mailbox.identity'");
    ASSERT_FALSE(MailboxTrust::isKeyRowSigned(kiosk.db()));
    const int logged = kiosk.count("SELECT count(*) FROM change_log WHERE entity = 'mailbox_keys'");
    ASSERT_EQ(kiosk.store->mailbox().unlock(kPassphrase).check.status, UnlockCheck::Status::Ok);
    EXPECT_TRUE(MailboxTrust::isKeyRowSigned(kiosk.db()));
    EXPECT_FALSE(MailboxTrust::pinnedIdentity(kiosk.db()).isEmpty());
    EXPECT_EQ(kiosk.count("SELECT count(*) FROM change_log WHERE entity = 'mailbox_keys'"), logged + 1);
    EXPECT_TRUE(lastPayload(kiosk, "mailbox_keys").contains(QStringLiteral("signature")));
}

TEST(MailboxTrust, AKeyArrivingSignedDoesNotReplaceAnUnpinnedKeySetUpHere)
{
    // Two kiosks set up offline by an older version: neither key row signed or pinned.
    Kiosk here(true);
    Kiosk there(true);
    ASSERT_FALSE(here.store->mailbox().setUp(QStringLiteral("王老师"), kPassphrase).isEmpty());
    ASSERT_FALSE(
        there.store->mailbox().setUp(QStringLiteral("李老师"), QStringLiteral("another long passphrase")).isEmpty());
    here.db().exec("UPDATE mailbox_keys SET identity_key = NULL, signature = NULL");
    here.db().exec("DELETE FROM local_state WHERE key = 'mailbox.identity'");
    Letter letter;
    letter.text = QStringLiteral("写给王老师的信");
    const SendResult sent = here.store->mailbox().send(letter);
    ASSERT_TRUE(sent.ok());
    push(there, here);
    EXPECT_EQ(here.store->mailbox().counselorName(), QStringLiteral("王老师"));
    EXPECT_EQ(MailboxTrust::alert(here.db()), MailboxTrust::Alert::OtherKey);
    auto [check, session] = here.store->mailbox().unlock(kPassphrase);
    ASSERT_EQ(check.status, UnlockCheck::Status::Ok);
    EXPECT_TRUE(session->read(sent.letterId)) << "the letters written here still open";
}

TEST(MailboxTrust, SealedSizesTellNeitherTheSenderNorTheLength)
{
    Kiosk kiosk(true);
    ASSERT_FALSE(kiosk.store->mailbox().setUp(QStringLiteral("王老师"), kPassphrase).isEmpty());
    const Child child = kiosk.children().first();
    Letter named;
    named.childId = child.id;
    named.childName = child.name;
    named.text = QStringLiteral("好");
    ASSERT_TRUE(kiosk.store->mailbox().send(named, {1, 2, 3}).ok());
    Letter anonymous;
    anonymous.text = QString(1900, QChar(u'想'));
    ASSERT_TRUE(kiosk.store->mailbox().send(anonymous).ok());
    EXPECT_EQ(kiosk.count("SELECT count(DISTINCT length(header)) FROM letters"), 1);
    EXPECT_EQ(kiosk.count("SELECT count(DISTINCT length(body)) FROM letters"), 1);
    EXPECT_EQ(kiosk.count("SELECT min(length(header)) FROM letters"), 512 + 48);
    EXPECT_EQ(kiosk.count("SELECT count(*) FROM child_keys WHERE created_at % 86400000 <> 0"), 0)
        << "a child's key keeps only the day it was made";
    EXPECT_EQ(kiosk.count("SELECT count(*) FROM mailbox_keys WHERE created_at % 86400000 <> 0"), 0);
}

// Issue 17, item 6: a stamp far in the future (a wrong clock, or forged as
// wall time 999999999999999999) once won every field and, after one ordinary
// edit by the teacher, pinned this kiosk's clock there for good.
TEST(ChangeApply, AStampFarAheadOfThisClockWaitsAndNeverDragsTheClockThere)
{
    Kiosk first(true);
    Kiosk ahead;
    push(first, ahead);
    const Child child = first.children().first();
    const QString hobbies = first.store->roster().child(child.id)->hobbies;
    ahead.clock.set(localMs(QDate(2099, 1, 1), QTime(8, 0), QTimeZone("Asia/Shanghai")));
    ahead.write([&] {
        Child edited = *ahead.store->roster().child(child.id);
        edited.hobbies = QStringLiteral("2099");
        ahead.store->roster().updateChild(edited);
    });
    push(ahead, first);
    EXPECT_EQ(first.store->roster().child(child.id)->hobbies, hobbies) << "kept, not merged";
    EXPECT_EQ(first.count("SELECT count(*) FROM sync_waiting"), 1);
    EXPECT_EQ(first.count("SELECT count(*) FROM change_log WHERE entity = 'children' AND hlc LIKE '0000040%'"), 1)
        << "it is in the log all the same, so every replica's log stays equal";
    // A forged delete from the far future waits too: the child is still there.
    deliver(first, QStringLiteral("forger"), {[&] {
                ChangeRow forged = remoteChange(first, QStringLiteral("forger"), 1, "children", child.id, "delete", {});
                forged.hlc.wallMs = 999'999'999'999'999'999LL;
                return forged;
            }()});
    EXPECT_TRUE(first.store->roster().child(child.id));

    // The teacher edits the child here: a stamp from this kiosk's own time.
    first.write([&] {
        Child edited = *first.store->roster().child(child.id);
        edited.hobbies = QStringLiteral("画画");
        first.store->roster().updateChild(edited);
    });
    EXPECT_EQ(first.store->roster().child(child.id)->hobbies, QStringLiteral("画画"));
    auto ownStamp = [&] {
        Statement stmt = first.db().prepare("SELECT max(hlc) FROM change_log WHERE entity = 'children' "
                                            "AND record_id = ? AND device_id = ?");
        stmt.bind(1, child.id).bind(2, first.device());
        return stmt.step() ? Hlc::parse(stmt.text(0)) : std::nullopt;
    };
    const std::optional<Hlc> stamp = ownStamp();
    ASSERT_TRUE(stamp);
    EXPECT_LE(stamp->wallMs, first.clock.nowMs() + HlcClock::kMaxDriftMs) << "the clock was not dragged to 2099";
    first.clock.advance(kMinute);
    first.write([&] {
        Child edited = *first.store->roster().child(child.id);
        edited.hobbies = QStringLiteral("画画和跳绳");
        first.store->roster().updateChild(edited);
    });
    EXPECT_LT(ownStamp()->wallMs, first.clock.nowMs() + HlcClock::kMaxDriftMs);
    EXPECT_EQ(first.store->roster().child(child.id)->hobbies, QStringLiteral("画画和跳绳"));
}

TEST(ChangeApply, ManyChangesApplyInSeconds)
{
    Kiosk first(true, 40);
    Kiosk second;
    // A term of afternoons: each child signs in, gives a mood, signs out.
    const QList<Child> children = first.children();
    first.write([&] {
        for (int day = 0; day < 100; ++day) {
            for (const Child &child : children) {
                const VisitOutcome in = first.store->visits().toggle(child.id);
                first.store->moods().record(child.id, in.visit.id, 3);
            }
            first.clock.advance(60 * kMinute);
            for (const Child &child : children)
                first.store->visits().toggle(child.id);
            first.clock.advance(23 * 60 * kMinute);
        }
    });
    second.clock.set(first.clock.nowMs()); // a term later here too: nothing stamped ahead of its clock
    QElapsedTimer timer;
    timer.start();
    const int added = push(first, second, ChangeFeed::kMaxRows);
    const qint64 ms = timer.elapsed();
    EXPECT_GE(added, 12000);
    EXPECT_EQ(second.hash(), first.hash());
    RecordProperty("rows", added);
    RecordProperty("ms", int(ms));
    // About 0.4 s here (100,000 rows: about 3 s); the bound leaves room for a slow, busy machine.
    EXPECT_LT(ms, 5000) << added << " rows took " << ms << " ms";
}

TEST(ChangeApply, AnOlderFileKeepsItsRecordsAndLosesOnlyTheUniqueIndexes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    sqlite3 *raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
    std::string sql = "PRAGMA foreign_keys = ON;";
    for (int version = 1; version <= 5; ++version)
        sql += Migrations::step(version);
    sql += R"sql(
PRAGMA user_version = 5;
INSERT INTO classes VALUES ('k1', '一年级', 1, 101);
INSERT INTO children (id, class_id, name, gender, birth_date, card_code) VALUES ('c1', 'k1', '甲', 'F', '2019-03-01', 'QQ1');
INSERT INTO children (id, class_id, name, gender, birth_date, card_code, photo) VALUES ('c2', 'k1', '乙', 'M', '2019-04-01', 'QQ2', x'FFD8');
INSERT INTO visits VALUES ('v1', 'c1', 1, 'child', NULL, NULL);
INSERT INTO moods VALUES ('m1', 'c1', 'v1', 3, 1);
INSERT INTO contacts (id, child_id, role, name) VALUES ('p1', 'c2', 'mother', '丙');
INSERT INTO book_titles (id, isbn, title) VALUES ('t1', '9787020088873', '草房子');
INSERT INTO book_copies (id, title_id, barcode) VALUES ('b1', 't1', 'QB0000017');
INSERT INTO loans (id, copy_id, child_id, borrowed_at, due_at) VALUES ('l1', 'b1', 'c2', 1, 2);
)sql";
    char *error = nullptr;
    ASSERT_EQ(sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK) << error;
    sqlite3_close(raw);

    std::unique_ptr<Database> db = Database::open(path);
    EXPECT_EQ(db->userVersion(), Migrations::latestVersion());
    Statement check = db->prepare("SELECT count(*) FROM pragma_foreign_key_check");
    check.step();
    EXPECT_EQ(check.int64(0), 0);
    check.reset();
    Statement kept = db->prepare("SELECT (SELECT count(*) FROM children) || '/' || (SELECT hex(photo) FROM children "
                                 "WHERE id = 'c2') || '/' || (SELECT count(*) FROM visits) || '/' || "
                                 "(SELECT count(*) FROM book_copies) || '/' || (SELECT count(*) FROM loans)");
    kept.step();
    EXPECT_EQ(kept.text(0), QStringLiteral("2/FFD8/1/1/1"));
    kept.reset();
    // What two kiosks can make together now fits; the rest of the schema still holds.
    EXPECT_NO_THROW(db->exec("UPDATE children SET card_code = 'QQ1' WHERE id = 'c2'"));
    EXPECT_NO_THROW(db->exec("INSERT INTO book_copies (id, title_id, barcode) VALUES ('b2', 't1', 'QB0000017')"));
    EXPECT_NO_THROW(db->exec("INSERT INTO loans (id, copy_id, child_id, borrowed_at, due_at) VALUES ('l2', 'b1', "
                             "'c1', 1, 2)"));
    EXPECT_THROW(db->exec("INSERT INTO book_copies (id, title_id, barcode) VALUES ('b3', 'nothing', 'QB9')"),
                 StorageException);
    EXPECT_THROW(db->exec("INSERT INTO children (id, class_id, name, gender, birth_date) VALUES ('c3', 'k1', '丁', "
                          "'X', '2019-01-01')"),
                 StorageException);
}
