import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// The backups on the kiosk and on the USB stick, newest first, each with
// "Restore".
Rectangle {
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    border.width: 2
    clip: true

    Text {
        anchors.centerIn: parent
        visible: list.count === 0
        text: qsTr("No backups yet.")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }
    ListView {
        id: list
        objectName: "backupList"
        anchors.fill: parent
        anchors.margins: 12
        model: Backup.backups
        spacing: 8
        delegate: Rectangle {
            id: row
            required property int index
            required property string dayText
            required property string placeText
            required property string sizeText
            required property bool onUsb
            required property bool safetyCopy
            width: list.width
            height: 112
            radius: 18
            color: safetyCopy ? Theme.surfaceWarm : Theme.background
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 16
                anchors.rightMargin: 8
                spacing: Theme.spacing / 2
                Image {
                    source: Theme.icon(row.onUsb ? "usb" : "backup")
                    sourceSize: Qt.size(48, 48)
                    Layout.preferredWidth: 48
                    Layout.preferredHeight: 48
                    // The icons are drawn white for coloured buttons: a dark disc behind.
                    Rectangle {
                        anchors.centerIn: parent
                        width: 64
                        height: 64
                        radius: 32
                        z: -1
                        color: row.onUsb ? Theme.teacher : Theme.calls
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.leftMargin: 8
                    spacing: 0
                    Text {
                        Layout.fillWidth: true
                        text: row.dayText
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Text {
                        Layout.fillWidth: true
                        text: row.placeText + "  ·  " + row.sizeText
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                    }
                }
                QqButton {
                    objectName: "restore_" + row.index
                    enabled: !Backup.busy
                    text: qsTr("Restore")
                    iconName: "restore"
                    fontSize: Theme.fontSmall
                    tint: Theme.teacher
                    onClicked: Backup.askRestore(row.index)
                }
            }
        }
    }
}
