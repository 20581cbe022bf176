import QtQuick
import QtQuick.Layouts
import Qinqing

// One call in a list: time, the child's photo and name, who, and where.
Rectangle {
    id: row

    required property string bookingId
    required property string time
    required property string childName
    required property url childPhoto
    required property string who
    required property string placeName
    required property string placeKind
    required property string status
    required property string statusText
    required property bool past
    property bool showStatus: false

    height: Theme.touchMin
    radius: 18
    color: Theme.background

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing
        Text {
            Layout.preferredWidth: row.showStatus ? 90 : 200
            text: row.time
            color: Theme.calls
            font.family: Theme.fontFamily
            font.pixelSize: row.showStatus ? Theme.fontBody : Theme.fontSmall
            font.bold: true
            elide: Text.ElideRight
        }
        QqPhoto {
            Layout.preferredWidth: 80
            Layout.preferredHeight: 80
            size: 80
            source: row.childPhoto
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("%1 → %2").arg(row.childName).arg(row.who)
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            elide: Text.ElideRight
        }
        Rectangle {
            Layout.preferredWidth: 48
            Layout.preferredHeight: 48
            radius: 12
            color: row.placeKind === "video" ? Theme.mailbox : Theme.calls
            Image {
                anchors.centerIn: parent
                source: Theme.icon(row.placeKind === "video" ? "video" : "phone")
                sourceSize: Qt.size(36, 36)
            }
        }
        Text {
            Layout.preferredWidth: row.showStatus ? 150 : 110
            text: row.placeName
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        Text {
            visible: row.showStatus
            Layout.preferredWidth: 170
            text: row.statusText
            color: row.status === "talked" ? Theme.success : Theme.danger
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }
}
