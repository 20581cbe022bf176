// Replicas are compared by a hash of what sync must make equal: the same
// records in any order hash the same; any change to a synced value, however
// small, changes it; device-local state does not.
#include "replica_hash.h"
#include "temp_school.h"

using namespace qq;

namespace {

// A second replica made by copying every synced row, newest first.
void copyInReverse(Database &from, Database &to)
{
    Transaction tx(to);
    to.exec("PRAGMA defer_foreign_keys = ON"); // checked at commit, when every row is there
    for (const QString &table : ReplicaHash::syncedTables())
        to.exec(QStringLiteral("DELETE FROM %1").arg(table).toUtf8().constData());
    for (const QString &table : ReplicaHash::syncedTables()) {
        Statement count = from.prepare(QStringLiteral("SELECT count(*) FROM pragma_table_info('%1')").arg(table).toUtf8());
        count.step();
        const int columns = int(count.int64(0));
        count.reset();
        QStringList marks;
        for (int i = 0; i < columns; ++i)
            marks << QStringLiteral("?");
        Statement rows = from.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY 1 DESC").arg(table).toUtf8());
        const QByteArray insert = QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(table, marks.join(QLatin1Char(','))).toUtf8();
        while (rows.step()) {
            Statement into = to.prepare(insert);
            for (int i = 0; i < columns; ++i) {
                if (rows.isNull(i))
                    into.bindNull(i + 1);
                else
                    into.bind(i + 1, rows.text(i));
            }
            into.run();
        }
    }
    tx.commit();
}

} // namespace

TEST(ReplicaHash, TheSameRecordsInAnyOrderHashTheSame)
{
    test::TempSchool first(24, 2);
    test::TempSchool second(4, 1);
    const QByteArray original = ReplicaHash::of(first.store->db());
    EXPECT_EQ(original.size(), 64);
    EXPECT_NE(original, ReplicaHash::of(second.store->db()));
    copyInReverse(first.store->db(), second.store->db());
    EXPECT_EQ(ReplicaHash::of(second.store->db()), original);
}

TEST(ReplicaHash, AnySyncedChangeShowsAndLocalStateDoesNot)
{
    test::TempSchool school(12, 2);
    Database &db = school.store->db();
    const QByteArray before = ReplicaHash::of(db);
    // Device-local: the PIN, the device's own log, a stocktake.
    school.store->teacherPin().setPin(QStringLiteral("8642"));
    school.store->library().startStocktake();
    EXPECT_EQ(ReplicaHash::of(db), before);
    // One letter of one name.
    const Child child = school.firstClass().first();
    Statement rename = db.prepare("UPDATE children SET name = ? WHERE id = ?");
    rename.bind(1, child.name + QStringLiteral("·")).bind(2, child.id).run();
    const QByteArray renamed = ReplicaHash::of(db);
    EXPECT_NE(renamed, before);
    Statement back = db.prepare("UPDATE children SET name = ? WHERE id = ?");
    back.bind(1, child.name).bind(2, child.id).run();
    EXPECT_EQ(ReplicaHash::of(db), before);
    // A value moved to NULL is not the same as an empty one.
    db.exec("UPDATE children SET hobbies = NULL");
    const QByteArray nulls = ReplicaHash::of(db);
    db.exec("UPDATE children SET hobbies = ''");
    EXPECT_NE(ReplicaHash::of(db), nulls);
}
