#include "ids.h"

#include <QUuid>

namespace qq {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace qq
