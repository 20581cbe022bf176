// Reading the change log in chunks, and the strict wire format of a chunk.
#include "change_feed.h"
#include "change_log.h"
#include "temp_school.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace qq;

TEST(ChangeFeed, ChunksGiveEveryChangeOnceInStampOrderAndResumeAfterTheCursor)
{
    test::TempSchool school(24, 2);
    Database &db = school.store->db();
    const int total = school.count("SELECT count(*) FROM change_log");
    ASSERT_GT(total, 100);
    QStringList seen;
    QString cursor;
    int chunks = 0;
    for (QList<ChangeRow> chunk = ChangeFeed::read(db, cursor, 37); !chunk.isEmpty();
         chunk = ChangeFeed::read(db, cursor, 37)) {
        EXPECT_LE(chunk.size(), 37);
        for (const ChangeRow &row : chunk) {
            EXPECT_GT(row.hlc.toString(), cursor);
            cursor = row.hlc.toString();
            seen << cursor;
        }
        ++chunks;
    }
    EXPECT_EQ(seen.size(), total);
    EXPECT_EQ(chunks, (total + 36) / 37);
    QStringList unique = seen;
    unique.removeDuplicates();
    EXPECT_EQ(unique.size(), total);
    // A change made now comes after the cursor, and only it.
    ASSERT_TRUE(school.store->visits().toggle(school.firstClass().first().id).ok());
    const QList<ChangeRow> fresh = ChangeFeed::read(db, cursor, 37);
    ASSERT_GE(fresh.size(), 1);
    EXPECT_EQ(fresh.first().entity, QStringLiteral("visits"));
}

TEST(ChangeFeed, ABatchReadsBackAsItWasWritten)
{
    test::TempSchool school(6, 1);
    ChangeBatch batch;
    batch.deviceId = school.store->changeLog().deviceId();
    batch.rows = ChangeFeed::read(school.store->db(), {}, 200);
    ASSERT_FALSE(batch.rows.isEmpty());
    QString error;
    const std::optional<ChangeBatch> back = ChangeFeed::decode(ChangeFeed::encode(batch), &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_EQ(*back, batch);
}

TEST(ChangeFeed, MalformedOversizedOrDisorderedBatchesAreRefusedWithAReason)
{
    test::TempSchool school(6, 1);
    ChangeBatch batch;
    batch.deviceId = school.store->changeLog().deviceId();
    batch.rows = ChangeFeed::read(school.store->db(), {}, 3);
    ASSERT_EQ(batch.rows.size(), 3);
    const QJsonObject good = QJsonDocument::fromJson(ChangeFeed::encode(batch)).object();
    auto withRow = [&](int row, const char *key, const QJsonValue &value) {
        QJsonObject root = good;
        QJsonArray rows = root.value("rows").toArray();
        QJsonObject changed = rows.at(row).toObject();
        if (value.isUndefined())
            changed.remove(key);
        else
            changed.insert(key, value);
        rows.replace(row, changed);
        root.insert("rows", rows);
        return QJsonDocument(root).toJson();
    };
    auto withRoot = [&](const char *key, const QJsonValue &value) {
        QJsonObject root = good;
        root.insert(key, value);
        return QJsonDocument(root).toJson();
    };
    const QByteArray whole = QJsonDocument(good).toJson();
    const QList<std::pair<const char *, QByteArray>> bad = {
        {"empty", QByteArray()},
        {"truncated", whole.left(whole.size() / 2)},
        {"an array", QByteArray("[1,2,3]")},
        {"binary", QByteArray("\x00\x01\x02\xff", 4)},
        {"version", withRoot("v", 2)},
        {"device", withRoot("device", QStringLiteral("a b/../c"))},
        {"rows not a list", withRoot("rows", QStringLiteral("many"))},
        {"stamp", withRow(1, "hlc", QStringLiteral("yesterday"))},
        {"stamp order", withRow(2, "hlc", good.value("rows").toArray().at(0).toObject().value("hlc"))},
        {"op", withRow(0, "op", QStringLiteral("drop table"))},
        {"entity", withRow(0, "entity", QStringLiteral("children; DROP TABLE visits"))},
        {"record id", withRow(0, "id", QString())},
        {"payload", withRow(0, "payload", QStringLiteral("{}"))},
        {"time", withRow(0, "at", 12)},
        {"missing field", withRow(1, "entity", QJsonValue::Undefined)},
        {"oversized", QByteArray(ChangeFeed::kMaxBytes + 1, ' ')},
    };
    for (const auto &[what, bytes] : bad) {
        QString error;
        EXPECT_FALSE(ChangeFeed::decode(bytes, &error)) << what;
        EXPECT_FALSE(error.isEmpty()) << what;
    }
    QJsonObject many = good;
    QJsonArray rows;
    for (int i = 0; i <= ChangeFeed::kMaxRows; ++i)
        rows.append(QJsonObject{});
    many.insert("rows", rows);
    QString error;
    EXPECT_FALSE(ChangeFeed::decode(QJsonDocument(many).toJson(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("too many"))) << error.toStdString();
}

TEST(ChangeFeed, AChunkKeptTwiceChangesNothingAndLocalChangesComeAfterIt)
{
    test::TempSchool kiosk(12, 2);
    test::TempSchool hub(4, 1);
    ChangeBatch batch;
    batch.deviceId = kiosk.store->changeLog().deviceId();
    batch.rows = ChangeFeed::read(kiosk.store->db(), {}, 5000);
    const int before = hub.count("SELECT count(*) FROM change_log");
    const int added = ChangeFeed::store(hub.store->db(), hub.store->changeLog(), batch, hub.clock.nowMs());
    EXPECT_EQ(added, batch.rows.size());
    EXPECT_EQ(hub.count("SELECT count(*) FROM change_log"), before + added);
    // Retried, or half of it duplicated in a later chunk: nothing changes.
    EXPECT_EQ(ChangeFeed::store(hub.store->db(), hub.store->changeLog(), batch, hub.clock.nowMs()), 0);
    ChangeBatch half = batch;
    half.rows = batch.rows.mid(batch.rows.size() / 2);
    EXPECT_EQ(ChangeFeed::store(hub.store->db(), hub.store->changeLog(), half, hub.clock.nowMs()), 0);
    EXPECT_EQ(hub.count("SELECT count(*) FROM change_log"), before + added);
    // The rows kept are the rows sent, stamps, origin and all.
    QString latest;
    for (const ChangeRow &row : batch.rows)
        latest = std::max(latest, row.hlc.toString());
    Statement kept = hub.store->db().prepare("SELECT device_id, payload FROM change_log WHERE hlc = ?");
    kept.bind(1, latest);
    ASSERT_TRUE(kept.step());
    EXPECT_EQ(kept.text(0), batch.deviceId);
    // A change made on the hub afterwards is stamped after everything it saw,
    // even with the hub's clock far behind the kiosk's.
    hub.clock.advance(-30LL * 24 * 3'600'000);
    Transaction tx(hub.store->db());
    hub.store->changeLog().append("settings", QStringLiteral("x"), ChangeLog::Op::Update, {}, hub.clock.nowMs());
    tx.commit();
    Statement newest = hub.store->db().prepare("SELECT hlc FROM change_log ORDER BY seq DESC LIMIT 1");
    ASSERT_TRUE(newest.step());
    EXPECT_GT(newest.text(0), latest);
}
