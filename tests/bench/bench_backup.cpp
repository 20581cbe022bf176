// Encrypted backups of a large school, on real SQLite files.
//
// backup_encrypt_ms: the whole daily backup of a 2,000-child school (40
//   classes, a drawn photo each): SQLite's online backup, the hub credential
//   removed, the integrity check, secretstream encryption, fsync and rename;
//   median of 3. Reported beside backup_plain_ms, the same file copied with
//   the backup API alone in the same run, and their ratio.
// backup_bytes: the size of the encrypted file.
// The program fails if a backup cannot be made or does not open again.
#include "backup_key.h"
#include "backups.h"
#include "clock.h"
#include "demo_school.h"
#include "kiosk_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace qq;

namespace {

using Ms = std::chrono::duration<double, std::milli>;

template <typename Work> double timeMs(Work &&work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return Ms(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

int fail(const char *why)
{
    std::fprintf(stderr, "bench_backup: %s\n", why);
    return 1;
}

// The plain baseline: the backup API alone into a file.
bool plainCopy(const QString &from, const QString &to)
{
    sqlite3 *source = nullptr;
    sqlite3 *target = nullptr;
    sqlite3_open_v2(QFile::encodeName(from).constData(), &source, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_open_v2(QFile::encodeName(to).constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
    const bool ok = backup && sqlite3_backup_step(backup, -1) == SQLITE_DONE;
    sqlite3_backup_finish(backup);
    sqlite3_close(target);
    sqlite3_close(source);
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    SystemClock clock;
    auto store = KioskStore::open(dir.path(), clock, TeacherPin::Cost::Minimal);
    DemoOptions options;
    options.classes = 40;
    options.children = 2000;
    options.photos = true;
    createDemoSchool(*store, options);
    const BackupKey key = BackupKey::ensure(store->db());
    const Backups backups(dir.path());
    std::vector<double> encryptedMs, plainMs;
    QString path;
    for (int run = 0; run < 3; ++run) {
        BackupOutcome made;
        encryptedMs.push_back(timeMs([&] { made = backups.backUp(QDate(2026, 12, 1 + run), key); }));
        if (!made.ok())
            return fail("a backup was not made");
        path = made.path;
        const QString plain = QDir(dir.path()).filePath(QStringLiteral("plain-%1.sqlite").arg(run));
        plainMs.push_back(timeMs([&] {
            if (!plainCopy(QDir(dir.path()).filePath(QLatin1String(KioskStore::kDatabaseFile)), plain))
                std::fprintf(stderr, "bench_backup: the plain copy failed\n");
        }));
    }
    if (!backups.check(path, key, Backups::Verify::SkipIntegrity).ok())
        return fail("the backup does not open again");
    std::printf("bench: backup_encrypt_ms %.0f ms\n", median(encryptedMs));
    std::printf("bench: backup_plain_ms %.0f ms\n", median(plainMs));
    std::printf("bench: backup_encrypt_ratio %.2f x\n", median(encryptedMs) / median(plainMs));
    std::printf("bench: backup_bytes %.1f MB\n", double(QFileInfo(path).size()) / 1e6);
    return 0;
}
