import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// A problem the child or teacher must read: stays until OK is tapped.
Rectangle {
    visible: Kiosk.errorMessage !== ""
    color: "#B0000000"

    TapHandler {
    } // swallow taps behind the card

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 900)
        height: column.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.surface
        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.spacing
            QqSpeakButton {
                objectName: "speakError"
                Layout.alignment: Qt.AlignHCenter
                speech: Kiosk.errorMessage
            }
            Text {
                objectName: "errorText"
                Layout.fillWidth: true
                text: Kiosk.errorMessage
                color: Theme.danger
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
            QqButton {
                objectName: "errorOk"
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: 300
                text: qsTr("OK")
                iconName: "ok"
                tint: Theme.teacher
                onClicked: Kiosk.dismissError()
            }
        }
    }
}
