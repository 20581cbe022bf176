import QtQuick
import Qinqing
import Qinqing.Ui

// The screen at rest outside opening hours: nearly dark, one quiet line.
Rectangle {
    objectName: "dimmedScreen"
    color: "#E6000000"

    Text {
        anchors.centerIn: parent
        text: qsTr("Touch the screen to wake it")
        color: "#B8A89A"
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }
    MouseArea {
        anchors.fill: parent
        onPressed: Session.wake()
    }
}
