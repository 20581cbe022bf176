#pragma once

#include <QDate>
#include <QString>

namespace qq {

class KioskStore;

struct DemoOptions {
    int classes = 6;
    int children = 120;
    int bookCopies = 0;
    quint32 seed = 20260901;
    bool photos = true;
    QString teacherPin = QStringLiteral("1234");
};

struct DemoSummary {
    int classes = 0;
    int children = 0;
    int contacts = 0;
    int titles = 0;
    int copies = 0;
};

// A deterministic school: the same options always give the same names,
// birthdays, contact cards and pictures. Written in one transaction.
DemoSummary createDemoSchool(KioskStore &store, const DemoOptions &options);

// True when the database has no classes yet (first start).
bool isEmptySchool(KioskStore &store);

} // namespace qq
