// The hub's refusals, against a real qinqing-hub process (SQLite, and the
// PostgreSQL server the test script started): enrollment codes, credentials,
// revocation, school isolation, malformed, oversized and replayed requests.
// Every refusal has a clear message and changes nothing.
#include "change_log.h"
#include "clock.h"
#include "demo_school.h"
#include "hlc.h"
#include "hub_api.h"
#include "hub_store.h"
#include "kiosk_store.h"
#include "mailbox.h"
#include "request_signature.h"
#include "sync_bundle.h"
#include "sync_harness.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace qq;
using namespace qq::test;

namespace {

class Hub : public ::testing::TestWithParam<const char *> {
protected:
    void SetUp() override
    {
        if (QLatin1String(GetParam()) == QLatin1String("postgres")) {
            const QString conninfo = freshPostgresDatabase();
            ASSERT_FALSE(conninfo.isEmpty()) << "no PostgreSQL: run through ctest (make test), which starts one";
            hub = std::make_unique<HubProcess>(conninfo);
        } else {
            hub = std::make_unique<HubProcess>();
        }
        schoolA = hub->addSchool(QStringLiteral("School A"));
        schoolB = hub->addSchool(QStringLiteral("School B"));
        hub->start();
        api = std::make_unique<HubApi>(hub->port());
    }
    std::unique_ptr<HubProcess> hub;
    std::unique_ptr<HubApi> api;
    QString schoolA, schoolB;
};

} // namespace

TEST_P(Hub, EnrollmentCodesWorkOnceAndRefuseUnknownExpiredAndReusedCodesInWords)
{
    const QString code = codeOf(hub->enrollmentLink(schoolA));
    const Enrolled kiosk = enroll(*api, code.toLower().remove(QLatin1Char('-'))); // typed loosely
    EXPECT_EQ(kiosk.token.size(), 64);
    // A device's name is optional.
    const Answer unnamed = api->post(
        "/v1/enroll",
        QJsonDocument(QJsonObject{{"code", codeOf(hub->enrollmentLink(schoolA))},
                                  {"device", "unnamed-device"},
                                  {"publicKey", QString::fromLatin1(SyncBundle::newKeyPair().publicKey.toBase64())}})
            .toJson()
            .toStdString());
    EXPECT_EQ(unnamed.status, 200) << unnamed.body;

    const Answer reused = api->post("/v1/enroll", enrollBody(code, QStringLiteral("other")));
    EXPECT_EQ(reused.status, 409);
    EXPECT_TRUE(reused.json.value("message").toString().contains(QLatin1String("already used")));

    const Answer unknown = api->post("/v1/enroll", enrollBody(QStringLiteral("AAAA-BBBB-CCCC"), QStringLiteral("d2")));
    EXPECT_EQ(unknown.status, 404);
    EXPECT_FALSE(unknown.json.value("message").toString().isEmpty());

    // An expired code: written by the store itself, as an operator's clock would see it later.
    QString expired;
    {
        std::unique_ptr<hub::HubStore> store = hub::openHubStore(
            hub->storeArgs().contains(QLatin1String("--postgres")) ? hub->storeArgs().last() : hub->dataDir(), 1);
        expired = store->addEnrollmentCode(schoolA, QDateTime::currentMSecsSinceEpoch() - 1000);
    }
    const Answer late = api->post("/v1/enroll", enrollBody(expired, QStringLiteral("d3")));
    EXPECT_EQ(late.status, 410);
    EXPECT_TRUE(late.json.value("message").toString().contains(QLatin1String("expired")));

    const Answer malformed = api->post("/v1/enroll", "{not json");
    EXPECT_EQ(malformed.status, 400);
    // A device's public key is 32 bytes in base64: none, not base64, or another length is refused in words, and
    // the code stays unused.
    const QString fresh = codeOf(hub->enrollmentLink(schoolA));
    for (const QJsonValue &key : {QJsonValue(), QJsonValue(QStringLiteral("not base64!")),
                                  QJsonValue(QString::fromLatin1(QByteArray(31, 'k').toBase64())),
                                  QJsonValue(QString::fromLatin1(QByteArray(33, 'k').toBase64())), QJsonValue(32)}) {
        QJsonObject body{{"code", fresh}, {"device", "keyless"}};
        if (!key.isNull())
            body.insert("publicKey", key);
        const Answer a = api->post("/v1/enroll", QJsonDocument(body).toJson().toStdString());
        EXPECT_EQ(a.status, 400) << a.body;
        EXPECT_TRUE(a.json.value("message").toString().contains(QLatin1String("public key"))) << a.body;
        EXPECT_FALSE(a.json.contains("token"));
    }
    const Enrolled keyed = enroll(*api, fresh, QStringLiteral("keyed"));
    EXPECT_EQ(keyed.hubKey.size(), SyncBundle::kPublicKeyBytes) << "the hub's signing key comes with the answer";

    // Only the three devices were enrolled.
    EXPECT_EQ(hub->admin({QStringLiteral("devices")}).split(QLatin1Char('\n')).size(), 3);
}

TEST_P(Hub, ADeviceReadsAndWritesOnlyItsOwnSchoolAndOnlyItsOwnChanges)
{
    const Enrolled a1 = enroll(*api, codeOf(hub->enrollmentLink(schoolA)));
    const Enrolled a2 = enroll(*api, codeOf(hub->enrollmentLink(schoolA)));
    const Enrolled b1 = enroll(*api, codeOf(hub->enrollmentLink(schoolB)));

    EXPECT_EQ(api->post("/v1/push", chunkOf(a1.device, 30), a1.token).json.value("stored").toInt(), 30);
    EXPECT_EQ(api->post("/v1/push", chunkOf(b1.device, 7), b1.token).json.value("stored").toInt(), 7);

    // A school's other device sees its 30; school B's device sees none of them.
    std::optional<ChangeBatch> pulledA =
        ChangeFeed::decode(QByteArray::fromStdString(api->get("/v1/pull?after=0&limit=100", a2.token).body), nullptr);
    ASSERT_TRUE(pulledA);
    EXPECT_EQ(pulledA->rows.size(), 30);
    for (const ChangeRow &row : pulledA->rows)
        EXPECT_EQ(row.hlc.deviceId, a1.device);
    std::optional<ChangeBatch> pulledB =
        ChangeFeed::decode(QByteArray::fromStdString(api->get("/v1/pull?after=0&limit=100", b1.token).body), nullptr);
    ASSERT_TRUE(pulledB);
    EXPECT_TRUE(pulledB->rows.isEmpty()); // its own rows are not sent back, and A's never
    // A device does not get its own changes back either.
    std::optional<ChangeBatch> own =
        ChangeFeed::decode(QByteArray::fromStdString(api->get("/v1/pull?after=0&limit=100", a1.token).body), nullptr);
    ASSERT_TRUE(own);
    EXPECT_TRUE(own->rows.isEmpty());

    const QString before = hub->digest(schoolA);
    // School B's device writing changes stamped by A's device, or claiming to be A: refused, nothing kept.
    const Answer forged = api->post("/v1/push", chunkOf(a1.device, 5, 1'795'000'000'000), b1.token);
    EXPECT_EQ(forged.status, 403);
    EXPECT_FALSE(forged.json.value("message").toString().isEmpty());
    EXPECT_EQ(hub->digest(schoolA), before);
    EXPECT_TRUE(hub->digest(schoolB).startsWith(QLatin1String("7 ")));
}

TEST_P(Hub, UnknownAndRevokedCredentialsAreRefused)
{
    const Enrolled kiosk = enroll(*api, codeOf(hub->enrollmentLink(schoolA)));
    EXPECT_EQ(api->get("/v1/pull?after=0").status, 401);
    EXPECT_EQ(api->get("/v1/pull?after=0", QString(64, QLatin1Char('a'))).status, 401);
    EXPECT_EQ(api->post("/v1/push", chunkOf(kiosk.device, 3), kiosk.token).status, 200);

    hub->admin({QStringLiteral("revoke"), kiosk.device});
    const Answer push = api->post("/v1/push", chunkOf(kiosk.device, 3, 1'796'000'000'000), kiosk.token);
    EXPECT_EQ(push.status, 403);
    EXPECT_EQ(push.json.value("error").toString(), QStringLiteral("revoked"));
    EXPECT_EQ(api->get("/v1/pull?after=0", kiosk.token).status, 403);
    EXPECT_TRUE(hub->digest(schoolA).startsWith(QLatin1String("3 ")));
    // Nor can it come back with a fresh code.
    const Answer again = api->post("/v1/enroll", enrollBody(codeOf(hub->enrollmentLink(schoolA)), kiosk.device));
    EXPECT_EQ(again.status, 403);
}

TEST_P(Hub, MalformedOversizedAndReplayedRequestsGetAClearAnswerAndChangeNothing)
{
    const Enrolled kiosk = enroll(*api, codeOf(hub->enrollmentLink(schoolA)));
    const std::string chunk = chunkOf(kiosk.device, 50);
    EXPECT_EQ(api->post("/v1/push", chunk, kiosk.token).json.value("stored").toInt(), 50);
    const QString after = hub->digest(schoolA);

    // Replayed: answered as before, nothing new.
    const Answer replay = api->post("/v1/push", chunk, kiosk.token);
    EXPECT_EQ(replay.status, 200);
    EXPECT_EQ(replay.json.value("stored").toInt(), 0);
    const std::optional<ChangeBatch> sent = ChangeFeed::decode(QByteArray::fromStdString(chunk), nullptr);
    ASSERT_TRUE(sent);
    EXPECT_EQ(replay.json.value("last").toString(), sent->rows.last().hlc.toString());

    // Cut short, damaged, disordered, not JSON: 400 with the reason.
    for (const std::string &bad :
         {chunk.substr(0, chunk.size() / 2), std::string("{\"v\":1}"), std::string("\x00\xff", 2), std::string("[]")}) {
        const Answer a = api->post("/v1/push", bad, kiosk.token);
        EXPECT_EQ(a.status, 400);
        EXPECT_FALSE(a.json.value("message").toString().isEmpty());
    }
    // Larger than any chunk may be: refused before it is read.
    const Answer huge = api->post("/v1/push", std::string(20 * 1024 * 1024, ' '), kiosk.token);
    EXPECT_EQ(huge.status, 413);
    EXPECT_FALSE(huge.json.value("message").toString().isEmpty());
    // Nonsense cursors.
    EXPECT_EQ(api->get("/v1/pull?after=-1", kiosk.token).status, 400);
    EXPECT_EQ(api->get("/v1/pull?after=0&limit=999999", kiosk.token).status, 400);
    EXPECT_EQ(api->get("/v1/pull?after=abc", kiosk.token).status, 400);

    EXPECT_EQ(hub->digest(schoolA), after);
}

TEST_P(Hub, AnEnrolledDeviceIdIsNotTakenOverByAFreshCodeUntilTheAdministratorAllowsItOnce)
{
    const Enrolled kiosk = enroll(*api, codeOf(hub->enrollmentLink(schoolA)));
    ASSERT_EQ(api->post("/v1/push", chunkOf(kiosk.device, 5), kiosk.token).json.value("stored").toInt(), 5);

    // Someone with a fresh code of the same school claims the kiosk's id: refused, and the code is kept.
    const QString code = codeOf(hub->enrollmentLink(schoolA));
    const SyncBundle::KeyPair replacement = SyncBundle::newKeyPair();
    const std::string takeover = enrollBody(code, kiosk.device, QStringLiteral("intruder"), replacement.publicKey);
    const Answer refused = api->post("/v1/enroll", takeover);
    EXPECT_EQ(refused.status, 409) << refused.body;
    EXPECT_EQ(refused.json.value("error").toString(), QStringLiteral("device_enrolled"));
    EXPECT_TRUE(refused.json.value("message").toString().contains(QLatin1String("qinqing-hub re-enroll")));
    EXPECT_FALSE(refused.json.contains("token"));

    // The real kiosk goes on with its own credential, and its name was not changed.
    const Answer push = api->post("/v1/push", chunkOf(kiosk.device, 3, 1'791'000'000'000), kiosk.token);
    EXPECT_EQ(push.status, 200) << push.body;
    EXPECT_EQ(push.json.value("stored").toInt(), 3);
    EXPECT_EQ(api->get("/v1/pull?after=0", kiosk.token).status, 200);
    EXPECT_TRUE(hub->digest(schoolA).startsWith(QLatin1String("8 ")));
    const QString listed = hub->admin({QStringLiteral("devices")});
    EXPECT_EQ(listed.split(QLatin1Char('\n')).size(), 1) << listed.toStdString();
    EXPECT_FALSE(listed.contains(QLatin1String("intruder")));

    // Only for a device this hub knows and has not removed.
    hub->admin({QStringLiteral("re-enroll"), QStringLiteral("no-such-device")}, 1);

    // The administrator allows it once (the kiosk was replaced): the same code now enrolls it...
    EXPECT_TRUE(hub->admin({QStringLiteral("re-enroll"), kiosk.device}).contains(kiosk.device));
    EXPECT_TRUE(hub->admin({QStringLiteral("devices")}).contains(QLatin1String("may enroll again")));
    const Answer again = api->post("/v1/enroll", takeover);
    ASSERT_EQ(again.status, 200) << again.body;
    const QString newToken = again.json.value("token").toString();
    HubApi::signingKeys()[newToken] = {kiosk.device, replacement.secretKey};
    EXPECT_EQ(newToken.size(), 64);
    EXPECT_NE(newToken, kiosk.token);
    // ...the old credential is refused, the new one works...
    EXPECT_EQ(api->post("/v1/push", chunkOf(kiosk.device, 2, 1'792'000'000'000), kiosk.token).status, 401);
    EXPECT_EQ(api->post("/v1/push", chunkOf(kiosk.device, 2, 1'793'000'000'000), newToken).json.value("stored").toInt(),
              2);
    // ...and only once: the next fresh code is refused again.
    const Answer third = api->post("/v1/enroll", enrollBody(codeOf(hub->enrollmentLink(schoolA)), kiosk.device));
    EXPECT_EQ(third.status, 409);
    EXPECT_EQ(api->post("/v1/push", chunkOf(kiosk.device, 2, 1'794'000'000'000), newToken).status, 200);
    EXPECT_TRUE(hub->digest(schoolA).startsWith(QLatin1String("12 ")));

    // A removed device cannot be allowed back this way.
    hub->admin({QStringLiteral("revoke"), kiosk.device});
    hub->admin({QStringLiteral("re-enroll"), kiosk.device}, 1);
}

TEST_P(Hub, ChangesStampedFarAheadOfTheHubsClockAreRefusedWholeOverTheNetworkAndFromAUsbFile)
{
    const Enrolled kiosk = enroll(*api, codeOf(hub->enrollmentLink(schoolA)));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 minute = 60'000, farFuture = 999'999'999'999'999'999;
    const auto encoded = [](const ChangeBatch &batch) { return ChangeFeed::encode(batch).toStdString(); };
    ASSERT_EQ(
        api->post("/v1/push", encoded(batchStamped(kiosk.device, {now - 60 * minute, now - 59 * minute})), kiosk.token)
            .json.value("stored")
            .toInt(),
        2);
    const QString before = hub->digest(schoolA);

    // Good rows with one forged far-future stamp at the end, a whole chunk of them, and 6 minutes ahead: refused
    // whole, with words, and nothing stored.
    for (const ChangeBatch &forged : {batchStamped(kiosk.device, {now - 30 * minute, now - 29 * minute, farFuture}),
                                      batchStamped(kiosk.device, {farFuture - 2, farFuture - 1, farFuture}),
                                      batchStamped(kiosk.device, {now - 10 * minute, now + 6 * minute})}) {
        const Answer a = api->post("/v1/push", encoded(forged), kiosk.token);
        EXPECT_EQ(a.status, 422) << a.body;
        EXPECT_EQ(a.json.value("error").toString(), QStringLiteral("clock_ahead"));
        EXPECT_TRUE(a.json.value("message").toString().contains(QLatin1String("clock is ahead"))) << a.body;
        EXPECT_EQ(hub->digest(schoolA), before);
    }

    // A kiosk clock a minute ahead is within the bound, and the kiosk goes on syncing.
    const Answer slightlyAhead =
        api->post("/v1/push", encoded(batchStamped(kiosk.device, {now + minute})), kiosk.token);
    EXPECT_EQ(slightlyAhead.status, 200) << slightlyAhead.body;
    EXPECT_EQ(slightlyAhead.json.value("stored").toInt(), 1);
    EXPECT_EQ(api->get("/v1/pull?after=0", kiosk.token).status, 200);
    const QString withGood = hub->digest(schoolA);
    EXPECT_TRUE(withGood.startsWith(QLatin1String("3 "))) << withGood.toStdString();

    // The same from a USB file: a good chunk, then one with a forged stamp. Nothing of the file is stored.
    QTemporaryDir usb;
    const QString forgedFile = usb.filePath(QStringLiteral("forged.qqsync"));
    QString error;
    const SyncBundle::Signer signer{kiosk.device, QLatin1String(SyncBundle::kHub), kiosk.secretKey};
    ASSERT_TRUE(SyncBundle::write(forgedFile,
                                  {batchStamped(kiosk.device, {now - 20 * minute, now - 19 * minute}),
                                   batchStamped(kiosk.device, {now - 18 * minute, farFuture})},
                                  signer, &error))
        << error.toStdString();
    hub->admin({QStringLiteral("import-bundle"), forgedFile}, 1);
    EXPECT_EQ(hub->digest(schoolA), withGood);
    // A file of the same kiosk with true stamps is read as before.
    const QString goodFile = usb.filePath(QStringLiteral("good.qqsync"));
    ASSERT_TRUE(SyncBundle::write(goodFile, {batchStamped(kiosk.device, {now - 20 * minute, now - 19 * minute})},
                                  signer, &error));
    EXPECT_EQ(hub->admin({QStringLiteral("import-bundle"), goodFile}), QStringLiteral("2 changes read, 2 new"));
    EXPECT_TRUE(hub->digest(schoolA).startsWith(QLatin1String("5 ")));
}

TEST_P(Hub, NamesCannotForgeLinesOrEscapeCodesInTheAdministratorsTerminal)
{
    // A kiosk's name with a new line and a forged device line, a tab, terminal escape sequences (clear the
    // screen, red), a C1 new line and a right-to-left override.
    const QString forgedName =
        QStringLiteral("kiosk\nfake-device\t%1\tSchool Z\tactive\x1b[2J\x1b[31m\u0085\u202Egnp.exe").arg(schoolA);
    const Answer named = api->post(
        "/v1/enroll", enrollBody(codeOf(hub->enrollmentLink(schoolA)), QStringLiteral("named-device"), forgedName));
    EXPECT_EQ(named.status, 200) << named.body;
    // Device ids are what stamps carry: no control characters at all.
    const QString code = codeOf(hub->enrollmentLink(schoolA));
    for (const char *device : {"dev\nfake", "dev\x1b[31m", "dev\u202e"}) {
        const Answer a = api->post("/v1/enroll", enrollBody(code, QString::fromUtf8(device)));
        EXPECT_EQ(a.status, 400) << device;
    }
    // A name stored by an earlier hub, unfiltered, is neutralised when printed.
    {
        std::unique_ptr<hub::HubStore> store = hub::openHubStore(
            hub->storeArgs().contains(QLatin1String("--postgres")) ? hub->storeArgs().last() : hub->dataDir(), 1);
        ASSERT_EQ(store
                      ->enroll(codeOf(hub->enrollmentLink(schoolA)), QStringLiteral("old-device"),
                               QStringLiteral("old\nline\x1b]0;title\x07"), SyncBundle::newKeyPair().publicKey,
                               QDateTime::currentMSecsSinceEpoch())
                      .refusal,
                  hub::EnrollRefusal::None);
    }

    const QString listed = hub->admin({QStringLiteral("devices")});
    const QStringList lines = listed.split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 2) << listed.toStdString(); // two devices, two lines
    for (const QString &line : lines) {
        EXPECT_EQ(line.split(QLatin1Char('\t')).size(), 4) << line.toStdString();
        EXPECT_TRUE(line.endsWith(QLatin1String("\tactive"))) << line.toStdString();
        for (const QChar c : line)
            EXPECT_FALSE(c.unicode() < 0x20 && c != u'\t') << line.toStdString();
        EXPECT_FALSE(line.contains(QChar(0x202e)) || line.contains(QChar(0x85)) || line.contains(QChar(0x1b)));
    }
    EXPECT_TRUE(listed.contains(QLatin1String("old\\x0aline\\x1b]0;title\\x07"))) << listed.toStdString();

    // School names are the administrator's own, and refused with a control character in them.
    hub->admin({QStringLiteral("add-school"), QStringLiteral("School C\nfake\tSchool D")}, 1);
    hub->admin({QStringLiteral("add-school"), QStringLiteral("\x1b[31mRed school")}, 1);
    EXPECT_FALSE(hub->addSchool(QStringLiteral("希望小学")).isEmpty());
    EXPECT_EQ(hub->admin({QStringLiteral("schools")}).split(QLatin1Char('\n')).size(), 3);
}

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

} // namespace

// Issue 17, item 3: a USB file names its device, and the hub stored whatever a
// file claimed. Now a file is stored only with the signature of the enrolled,
// unrevoked device whose changes it holds, and every refusal stores nothing.
TEST_P(Hub, AUsbFileIsStoredOnlyWithTheSignatureOfTheEnrolledDeviceWhoseChangesItHolds)
{
    // Kiosk A: a real kiosk of school A (a small school), enrolled with its own key, then offline.
    QTemporaryDir kioskA, usb;
    SystemClock clock;
    QString deviceA, contact, phone;
    {
        std::unique_ptr<KioskStore> store = KioskStore::open(kioskA.path(), clock, TeacherPin::Cost::Minimal);
        DemoOptions options;
        options.classes = 1;
        options.children = 4;
        options.photos = false;
        createDemoSchool(*store, options);
        deviceA = store->changeLog().deviceId();
        Statement row = store->db().prepare("SELECT id, phone FROM contacts WHERE phone <> '' ORDER BY id LIMIT 1");
        ASSERT_TRUE(row.step());
        contact = row.text(0);
        phone = row.text(1);
        row.reset();
    }
    ASSERT_EQ(runSync(kioskA.path(), {QStringLiteral("enroll"), hub->enrollmentLink(schoolA)}).exitCode, 0);
    const QString realFile = usb.filePath(QStringLiteral("kiosk-a.qqsync"));
    ASSERT_EQ(runSync(kioskA.path(), {QStringLiteral("export-bundle"), realFile}).exitCode, 0);
    // Kiosk B of school B and kiosk C of school A, each with its own key.
    const Enrolled b = enroll(*api, codeOf(hub->enrollmentLink(schoolB)));
    const Enrolled c = enroll(*api, codeOf(hub->enrollmentLink(schoolA)));
    const QString beforeA = hub->digest(schoolA), beforeB = hub->digest(schoolB);
    ASSERT_TRUE(beforeA.startsWith(QLatin1String("0 ")));

    const auto refused = [&](const QString &file, const char *words) {
        const auto [exitCode, output] = hub->adminOutput({QStringLiteral("import-bundle"), file});
        EXPECT_EQ(exitCode, 1) << output.toStdString();
        EXPECT_TRUE(output.contains(QLatin1String(words))) << output.toStdString();
        EXPECT_TRUE(output.contains(QLatin1String("nothing was stored"))) << output.toStdString();
        EXPECT_EQ(hub->digest(schoolA), beforeA);
        EXPECT_EQ(hub->digest(schoolB), beforeB);
    };

    // (a) Someone in school B writes a file claiming kiosk A that changes a parent's phone in school A.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ChangeBatch phoneChange;
    phoneChange.deviceId = deviceA;
    ChangeRow row;
    row.hlc = Hlc{now - 60'000, 0, deviceA};
    row.entity = QStringLiteral("contacts");
    row.recordId = contact;
    row.op = QStringLiteral("update");
    row.payload = R"({"phone":"13999999999"})";
    row.atMs = now - 60'000;
    phoneChange.rows = {row};
    const QByteArray chunkLine = ChangeFeed::encode(phoneChange) + '\n';
    const QString forged = usb.filePath(QStringLiteral("forged.qqsync"));
    // As the attack was made, in the unsigned format of before; in this format but without a signature; and
    // signed, by the attacker's own key, in kiosk A's name.
    writeFile(forged, "qinqing-sync-bundle 1\n" + chunkLine);
    refused(forged, "not signed");
    writeFile(forged, "qinqing-sync-bundle 2\n" + chunkLine);
    refused(forged, "no signature");
    QString error;
    const SyncBundle::KeyPair attacker = SyncBundle::newKeyPair();
    const QString hubName = QLatin1String(SyncBundle::kHub);
    ASSERT_TRUE(SyncBundle::write(forged, {phoneChange}, {deviceA, hubName, attacker.secretKey}, &error));
    refused(forged, "not signed with the key of");

    // (b) Kiosk A's real file with one byte changed: a digit of a parent's phone.
    QByteArray real = contentsOf(realFile);
    const qsizetype at = real.indexOf(phone.toUtf8());
    ASSERT_GT(at, 0);
    QByteArray changed = real;
    changed[at + phone.size() - 1] = changed.at(at + phone.size() - 1) == '0' ? '1' : '0';
    const QString tampered = usb.filePath(QStringLiteral("tampered.qqsync"));
    writeFile(tampered, changed);
    refused(tampered, "not signed with the key of");

    // (c) Kiosk B signs, with its own real key, a file of changes claiming kiosk A: as itself, and in A's name.
    ASSERT_TRUE(SyncBundle::write(forged, {phoneChange}, {b.device, hubName, b.secretKey}, &error));
    refused(forged, "holds changes of another device");
    ASSERT_TRUE(SyncBundle::write(forged, {phoneChange}, {deviceA, hubName, b.secretKey}, &error));
    refused(forged, "not signed with the key of");

    // (d) Kiosk C's own properly signed files: stored while it is enrolled, refused once it is removed.
    const QString ofC = usb.filePath(QStringLiteral("c.qqsync"));
    ASSERT_TRUE(
        SyncBundle::write(ofC, {batchStamped(c.device, {now - 50'000})}, {c.device, hubName, c.secretKey}, &error));
    EXPECT_EQ(hub->admin({QStringLiteral("import-bundle"), ofC}), QStringLiteral("1 changes read, 1 new"));
    const QString withC = hub->digest(schoolA);
    hub->admin({QStringLiteral("revoke"), c.device});
    ASSERT_TRUE(
        SyncBundle::write(ofC, {batchStamped(c.device, {now - 40'000})}, {c.device, hubName, c.secretKey}, &error));
    {
        const auto [exitCode, output] = hub->adminOutput({QStringLiteral("import-bundle"), ofC});
        EXPECT_EQ(exitCode, 1);
        EXPECT_TRUE(output.contains(QLatin1String("removed from this hub"))) << output.toStdString();
        EXPECT_EQ(hub->digest(schoolA), withC);
    }

    // A kiosk enrolled before devices had keys (written as an older hub did): its files are refused with what
    // to do, and the administrator sees it in the list.
    {
        std::unique_ptr<hub::HubStore> store = hub::openHubStore(
            hub->storeArgs().contains(QLatin1String("--postgres")) ? hub->storeArgs().last() : hub->dataDir(), 1);
        ASSERT_EQ(store
                      ->enroll(codeOf(hub->enrollmentLink(schoolA)), QStringLiteral("old-kiosk"), QStringLiteral("old"),
                               {}, now)
                      .refusal,
                  hub::EnrollRefusal::None);
    }
    const QString ofOld = usb.filePath(QStringLiteral("old.qqsync"));
    ASSERT_TRUE(SyncBundle::write(ofOld, {batchStamped(QStringLiteral("old-kiosk"), {now - 30'000})},
                                  {QStringLiteral("old-kiosk"), hubName, attacker.secretKey}, &error));
    {
        const auto [exitCode, output] = hub->adminOutput({QStringLiteral("import-bundle"), ofOld});
        EXPECT_EQ(exitCode, 1);
        EXPECT_TRUE(output.contains(QLatin1String("qinqing-hub re-enroll old-kiosk"))) << output.toStdString();
        EXPECT_EQ(hub->digest(schoolA), withC);
    }
    EXPECT_TRUE(hub->admin({QStringLiteral("devices")}).contains(QLatin1String("no device key")));

    // (f) Kiosk A's real file, unchanged, is stored: the hub then holds exactly kiosk A's changes and C's one.
    const QString stored = hub->admin({QStringLiteral("import-bundle"), realFile});
    EXPECT_TRUE(stored.endsWith(QLatin1String(" new")) && !stored.endsWith(QLatin1String(" 0 new")))
        << stored.toStdString();
    std::unique_ptr<KioskStore> store = KioskStore::open(kioskA.path(), clock, TeacherPin::Cost::Minimal);
    const qint64 kioskRows = kioskDigest(store->db()).section(QLatin1Char(' '), 0, 0).toLongLong();
    EXPECT_EQ(hub->digest(schoolA).section(QLatin1Char(' '), 0, 0).toLongLong(), kioskRows + 1);
    EXPECT_EQ(hub->digest(schoolB), beforeB);
}

// Item 2 of issue 17 at the hub (defence in depth behind the kiosks' pinning):
// any credential of the school pushes a mailbox key of its own, unsigned or
// signed by another identity, a delete of the key, or a child's keys. The hub
// keeps none of them, over the network or from a USB file; the school's
// counselor's own signed rows, and the ordinary rows beside them, are kept.
namespace {
// The mailbox key row a kiosk logs when its counselor sets the mailbox up:
// signed by her identity key.
QByteArray counselorsKeyRow(const QString &name, const QString &passphrase)
{
    QTemporaryDir dir;
    const ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    std::unique_ptr<KioskStore> store = KioskStore::open(dir.path(), clock, TeacherPin::Cost::Minimal);
    EXPECT_FALSE(store->mailbox().setUp(name, passphrase).isEmpty());
    Statement row =
        store->db().prepare("SELECT payload FROM change_log WHERE entity = 'mailbox_keys' ORDER BY seq DESC LIMIT 1");
    EXPECT_TRUE(row.step());
    return row.text(0).toUtf8();
}

ChangeRow keyRow(const QString &device, qint64 wallMs, const QString &entity, const QString &op,
                 const QByteArray &payload)
{
    return {Hlc{wallMs, 0, device}, entity, QStringLiteral("1"), op, payload, wallMs};
}
} // namespace

TEST_P(Hub, KeepsNoMailboxKeyTheSchoolsCounselorDidNotSignNorAnyDeleteOrChildKey)
{
    const Enrolled kiosk = enroll(*api, codeOf(hub->enrollmentLink(schoolA)));
    const Enrolled intruder = enroll(*api, codeOf(hub->enrollmentLink(schoolA))); // a stolen credential
    const Enrolled reader = enroll(*api, codeOf(hub->enrollmentLink(schoolA)));
    const qint64 now = QDateTime::currentMSecsSinceEpoch() - 60'000;
    const QByteArray genuine = counselorsKeyRow(QStringLiteral("王老师"), QStringLiteral("moon over the river 42"));
    const QByteArray attackers = counselorsKeyRow(QStringLiteral("王老师"), QStringLiteral("attacker passphrase 1"));
    QJsonObject unsignedRow = QJsonDocument::fromJson(attackers).object();
    unsignedRow.remove(QStringLiteral("signature"));
    QJsonObject swapped = QJsonDocument::fromJson(genuine).object(); // her signature over the attacker's key
    swapped[QStringLiteral("public_key")] = QJsonDocument::fromJson(attackers).object().value("public_key");

    ChangeBatch first{kiosk.device, {keyRow(kiosk.device, now, "mailbox_keys", "insert", genuine)}, {}, false};
    const Answer pinned = api->post("/v1/push", ChangeFeed::encode(first).toStdString(), kiosk.token);
    ASSERT_EQ(pinned.status, 200) << pinned.body;
    EXPECT_EQ(pinned.json.value("stored").toInt(), 1);
    EXPECT_EQ(pinned.json.value("refused").toInt(), 0);

    ChangeBatch attack{intruder.device, {}, {}, false};
    qint64 at = now;
    for (const QByteArray &payload : {attackers, QJsonDocument(unsignedRow).toJson(QJsonDocument::Compact),
                                      QJsonDocument(swapped).toJson(QJsonDocument::Compact)})
        attack.rows.append(keyRow(intruder.device, ++at, "mailbox_keys", "update", payload));
    attack.rows.append(keyRow(intruder.device, ++at, "mailbox_keys", "delete", "{}"));
    attack.rows.append(keyRow(intruder.device, ++at, "child_keys", "insert", R"({"child_id":"c1","public_key":"x"})"));
    attack.rows.append(batchStamped(intruder.device, {++at}).rows.first()); // an ordinary visit beside them
    const Answer screened = api->post("/v1/push", ChangeFeed::encode(attack).toStdString(), intruder.token);
    ASSERT_EQ(screened.status, 200) << screened.body;
    EXPECT_EQ(screened.json.value("refused").toInt(), 5);
    EXPECT_EQ(screened.json.value("stored").toInt(), 1);
    EXPECT_EQ(screened.json.value("last").toString(), attack.rows.last().hlc.toString()) << "the kiosk moves on";

    // The same rows from a USB file signed by the intruder's device key.
    QTemporaryDir usb;
    const QString file = usb.filePath(QStringLiteral("intruder.qqsync"));
    ChangeBatch fromStick{intruder.device, {}, {}, false};
    for (const QByteArray &payload : {attackers, QJsonDocument(swapped).toJson(QJsonDocument::Compact)})
        fromStick.rows.append(keyRow(intruder.device, ++at, "mailbox_keys", "update", payload));
    fromStick.rows.append(keyRow(intruder.device, ++at, "mailbox_keys", "delete", "{}"));
    QString error;
    ASSERT_TRUE(SyncBundle::write(file, {fromStick},
                                  {intruder.device, QLatin1String(SyncBundle::kHub), intruder.secretKey}, &error))
        << error.toStdString();
    const QString imported = hub->admin({QStringLiteral("import-bundle"), file});
    EXPECT_TRUE(imported.contains(QLatin1String("3 change(s) of the mailbox's keys were refused")))
        << imported.toStdString();

    // The counselor's own later row (same identity) is kept.
    ChangeBatch later{kiosk.device, {keyRow(kiosk.device, ++at, "mailbox_keys", "update", genuine)}, {}, false};
    EXPECT_EQ(api->post("/v1/push", ChangeFeed::encode(later).toStdString(), kiosk.token).json.value("stored").toInt(),
              1);

    // Another kiosk pulls only her rows and the visit.
    const Answer pulled = api->get("/v1/pull?after=0&limit=1000", reader.token);
    ASSERT_EQ(pulled.status, 200) << pulled.body;
    const std::optional<ChangeBatch> rows = ChangeFeed::decode(QByteArray::fromStdString(pulled.body), nullptr);
    ASSERT_TRUE(rows);
    int keyRows = 0, visits = 0;
    for (const ChangeRow &row : rows->rows) {
        EXPECT_NE(row.entity, QStringLiteral("child_keys"));
        EXPECT_NE(row.op, QStringLiteral("delete"));
        if (row.entity == QLatin1String("mailbox_keys")) {
            ++keyRows;
            EXPECT_EQ(row.payload, genuine);
        }
        visits += row.entity == QLatin1String("visits");
    }
    EXPECT_EQ(keyRows, 2);
    EXPECT_EQ(visits, 1);
}

// The device key signs every request (request_signature.h): the credential
// alone — from a proxy's log, an old backup, a copy of the hub's database —
// pushes and pulls nothing; nor does a signature moved to another body,
// another query, another device's key, or a time outside five minutes.
TEST_P(Hub, ACredentialWithoutTheDevicesSignatureOverThisVeryRequestIsRefused)
{
    const Enrolled kiosk = enroll(*api, codeOf(hub->enrollmentLink(schoolA)));
    const std::string chunk = chunkOf(kiosk.device, 4);
    ASSERT_EQ(api->post("/v1/push", chunk, kiosk.token).json.value("stored").toInt(), 4);
    const QString before = hub->digest(schoolA);
    httplib::SSLClient &raw = api->client();
    const auto refusal = [](const httplib::Result &result) {
        return result ? std::make_pair(
                   result->status,
                   QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object().value("error").toString())
                      : std::make_pair(0, QString());
    };
    const std::string other = chunkOf(kiosk.device, 3, 1'796'000'000'000);

    // Bearer only.
    const httplib::Headers bearer{{"Authorization", "Bearer " + kiosk.token.toStdString()}};
    EXPECT_EQ(refusal(raw.Post("/v1/push", bearer, other, "application/json")),
              std::make_pair(401, QStringLiteral("unsigned")));
    EXPECT_EQ(refusal(raw.Get("/v1/pull?after=0", bearer)), std::make_pair(401, QStringLiteral("unsigned")));
    // The signature of one body on another.
    EXPECT_EQ(refusal(raw.Post("/v1/push", HubApi::headers(kiosk.token, "POST", "/v1/push", chunk), other,
                               "application/json")),
              std::make_pair(401, QStringLiteral("bad_signature")));
    // Of one query on another (a pull from the start instead of the cursor).
    EXPECT_EQ(refusal(raw.Get("/v1/pull?after=0", HubApi::headers(kiosk.token, "GET", "/v1/pull?after=4", {}))),
              std::make_pair(401, QStringLiteral("bad_signature")));
    // By a key other than the device's own (an attacker's fresh key under the stolen credential).
    HubApi::signingKeys()[QStringLiteral("forged")] = {kiosk.device, SyncBundle::newKeyPair().secretKey};
    httplib::Headers forged = HubApi::headers(QStringLiteral("forged"), "POST", "/v1/push", other);
    forged.erase("Authorization");
    forged.emplace("Authorization", "Bearer " + kiosk.token.toStdString());
    EXPECT_EQ(refusal(raw.Post("/v1/push", forged, other, "application/json")),
              std::make_pair(401, QStringLiteral("bad_signature")));
    // Recorded ten minutes ago (or stamped ten minutes ahead): refused with the hub's time, so a
    // kiosk whose clock is off can sign in the hub's window instead.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const qint64 time : {now - 10 * 60'000, now + 10 * 60'000}) {
        const auto stale = raw.Post("/v1/push", HubApi::headers(kiosk.token, "POST", "/v1/push", other, time), other,
                                    "application/json");
        EXPECT_EQ(refusal(stale), std::make_pair(401, QStringLiteral("request_time")));
        ASSERT_TRUE(stale);
        const qint64 hubTime =
            QByteArray::fromStdString(stale->get_header_value(RequestSignature::kTimeHeader)).toLongLong();
        EXPECT_LT(std::abs(hubTime - now), 60'000);
    }
    EXPECT_EQ(hub->digest(schoolA), before);

    // Signed for this very request, within the window: stored; replayed, stored once.
    EXPECT_EQ(api->post("/v1/push", other, kiosk.token).json.value("stored").toInt(), 3);
    const httplib::Headers once = HubApi::headers(kiosk.token, "POST", "/v1/push", other);
    const auto replayed = raw.Post("/v1/push", once, other, "application/json");
    ASSERT_TRUE(replayed);
    EXPECT_EQ(replayed->status, 200);
    EXPECT_TRUE(hub->digest(schoolA).startsWith(QLatin1String("7 ")));
}

INSTANTIATE_TEST_SUITE_P(Store, Hub, ::testing::Values("sqlite", "postgres"));

// A hub started on a fresh folder, with the umask most systems have (022),
// keeps its folder and every file in it to its own user.
TEST(HubFiles, TheDataFolderAndItsFilesAreTheHubUsersAloneWhateverTheUmask)
{
    QTemporaryDir base;
    const QString folder = base.filePath(QStringLiteral("fresh/hub"));
    const auto run = [&](QProcess &process, const QStringList &args) {
        process.setChildProcessModifier([] { ::umask(022); });
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QINQING_HUB_QUIET"), QStringLiteral("1"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(QINQING_HUB), QStringList{QStringLiteral("--data"), folder} + args);
    };
    QProcess addSchool;
    run(addSchool, {QStringLiteral("add-school"), QStringLiteral("School A")});
    ASSERT_TRUE(addSchool.waitForFinished(30000));
    const QString school = QString::fromLocal8Bit(addSchool.readAllStandardOutput()).trimmed();
    QProcess enrollCode;
    run(enrollCode, {QStringLiteral("enroll-code"), school, QStringLiteral("--url"), QStringLiteral("https://x:1")});
    ASSERT_TRUE(enrollCode.waitForFinished(30000));
    const QString code =
        codeOf(QString::fromLocal8Bit(enrollCode.readAllStandardOutput()).trimmed().split(u'\n').last());

    QProcess serve;
    run(serve,
        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("0"),
         QStringLiteral("serve")});
    QRegularExpressionMatch match;
    readLineMatching(serve, QRegularExpression(QStringLiteral(":(\\d+) \\(certificate")), &match);
    ASSERT_TRUE(match.hasMatch()) << serve.readAllStandardError().toStdString();
    HubApi api(match.captured(1).toInt());
    const Enrolled kiosk = enroll(api, code); // the store is written while the hub runs: -wal and -shm exist
    EXPECT_EQ(api.post("/v1/push", chunkOf(kiosk.device, 3), kiosk.token).status, 200);

    const auto mode = [](const QString &path) {
        struct stat st { };
        return ::stat(path.toLocal8Bit().constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
    };
    EXPECT_EQ(mode(folder), 0700);
    for (const char *file :
         {"hub.sqlite", "hub.sqlite-wal", "hub.sqlite-shm", "hub-key.pem", "hub-cert.pem", "hub-signing.key"})
        EXPECT_EQ(mode(folder + QLatin1Char('/') + QLatin1String(file)), 0600) << file;
    ::kill(pid_t(serve.processId()), SIGTERM);
    serve.waitForFinished(10000);

    // An older hub's folder and database, open to everyone, are narrowed on the next start.
    ASSERT_EQ(::chmod(folder.toLocal8Bit().constData(), 0755), 0);
    ASSERT_EQ(::chmod((folder + QStringLiteral("/hub.sqlite")).toLocal8Bit().constData(), 0644), 0);
    QProcess schools;
    run(schools, {QStringLiteral("schools")});
    ASSERT_TRUE(schools.waitForFinished(30000));
    EXPECT_EQ(mode(folder), 0700);
    EXPECT_EQ(mode(folder + QStringLiteral("/hub.sqlite")), 0600);
}
