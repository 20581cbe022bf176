import QtQuick
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// Shown for the last seconds before an idle kiosk goes back home.
// Any touch keeps the child where they are.
Rectangle {
    visible: Kiosk.countdown > 0
    width: row.implicitWidth + 48
    height: Theme.touchMin
    radius: height / 2
    color: Theme.text
    opacity: 0.92

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: 16
        Rectangle {
            width: 64
            height: 64
            radius: 32
            color: Theme.signIn
            Text {
                anchors.centerIn: parent
                text: Kiosk.countdown
                color: Theme.textOnColor
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                font.bold: true
            }
        }
        Text {
            text: qsTr("Going back to the start… Touch the screen to stay.")
            color: Theme.textOnColor
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
    }
}
