#pragma once

#include "clock.h"
#include "demo_school.h"
#include "kiosk_store.h"
#include "local_time.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace qq::test {

// A real SQLite file in a fresh folder with a small demo school, on a
// clock pinned to a known afternoon (Monday 2026-11-23 15:00, Asia/Shanghai).
class TempSchool {
public:
    explicit TempSchool(int children = 12, int classes = 2, bool photos = false)
        : clock(localMs(QDate(2026, 11, 23), QTime(15, 0), QTimeZone("Asia/Shanghai")))
    {
        EXPECT_TRUE(dir.isValid());
        reopen();
        DemoOptions options;
        options.children = children;
        options.classes = classes;
        options.photos = photos;
        createDemoSchool(*store, options);
    }

    void reopen()
    {
        store.reset();
        store = KioskStore::open(dir.path(), clock, TeacherPin::Cost::Minimal);
    }

    QString databasePath() const { return dir.filePath(QLatin1String(KioskStore::kDatabaseFile)); }
    QList<Child> firstClass() const { return store->roster().childrenInClass(store->roster().classes().first().id); }
    QTimeZone zone() const { return QTimeZone("Asia/Shanghai"); }
    qint64 at(QDate day, QTime time) const { return localMs(day, time, zone()); }
    int count(const char *sql) const
    {
        Statement stmt = store->db().prepare(sql);
        stmt.step();
        return int(stmt.int64(0));
    }

    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<KioskStore> store;
};

} // namespace qq::test
