import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qinqing
import Qinqing.Ui

// The duty teacher sets up calls: the places, when the room takes calls,
// and the rules of the rotation.
Item {
    id: setup

    property var values: Calls.policyValues
    readonly property var labels: [qsTr("Minutes a call"), qsTr("Minutes between calls"), qsTr("Calls a month for each child"), qsTr("Calls a week at most"), qsTr("Calls booked ahead at most")]
    readonly property var limits: [[5, 60], [0, 30], [1, 8], [1, 7], [1, 4]]

    function step(i, by) {
        const next = setup.values.slice();
        next[i] = Math.max(setup.limits[i][0], Math.min(setup.limits[i][1], next[i] + by));
        setup.values = next;
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QqHeader {

            readAloud: false // behind the teacher's PIN
            Layout.fillWidth: true
            title: qsTr("Set up calls")
            subtitle: qsTr("Places, hours and the rules of the rotation")
            onBackClicked: Calls.back()

            QqButton {
                objectName: "saveSetup"
                text: qsTr("Save")
                iconName: "ok"
                tint: Theme.signIn
                onClicked: Calls.saveSetup(hours.text, setup.values, specialDays.text)
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.spacing

            // Places and hours scroll: every box and button keeps its full size.
            Flickable {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.fillHeight: true
                contentHeight: form.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds

            ColumnLayout {
                id: form
                width: parent.width
                spacing: 12
                Text {
                    text: qsTr("Call places")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                }
                Repeater {
                    model: Calls.places
                    delegate: RowLayout {
                        required property string key
                        required property string title
                        required property string detail
                        Layout.fillWidth: true
                        spacing: 12
                        Text {
                            Layout.fillWidth: true
                            text: title + "  ·  " + detail
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                        }
                        QqButton {
                            fontSize: Theme.fontSmall
                            text: qsTr("Remove")
                            iconName: "no"
                            tint: Theme.teacher
                            onClicked: Calls.removePlace(key)
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 12
                    TextField {
                        id: placeName
                        objectName: "placeName"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.touchMin
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        placeholderText: qsTr("New place, e.g. 亲情电话 2")
                        placeholderTextColor: Theme.textMuted
                    }
                    // A big on/off button rather than a small check box.
                    QqButton {
                        id: isVideo
                        objectName: "placeIsVideo"
                        property bool checked: false
                        fontSize: Theme.fontSmall
                        text: qsTr("Video")
                        iconName: checked ? "ok" : "video"
                        tint: checked ? Theme.calls : Theme.teacher
                        onClicked: checked = !checked
                    }
                    QqButton {
                        fontSize: Theme.fontSmall
                        text: qsTr("Add")
                        iconName: "add"
                        tint: Theme.library
                        onClicked: if (Calls.addPlace(placeName.text, isVideo.checked, 1)) {
                            placeName.text = "";
                            isVideo.checked = false;
                        }
                    }
                }
                Text {
                    Layout.topMargin: 8
                    text: qsTr("The room takes calls")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                }
                TextArea {
                    id: hours
                    objectName: "roomHours"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 160
                    text: Calls.hoursText
                    wrapMode: TextEdit.Wrap
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    placeholderText: qsTr("e.g. 周一至周五 12:00-13:00 16:00-18:30，周末 9:00-17:00")
                    placeholderTextColor: Theme.textMuted
                    background: Rectangle {
                        color: Theme.surface
                        border.color: Theme.border
                        border.width: 2
                        radius: 12
                    }
                }
                Text {
                    text: qsTr("Holidays and special days")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                }
                TextArea {
                    id: specialDays
                    objectName: "specialDays"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 160
                    text: Calls.specialDaysText
                    wrapMode: TextEdit.Wrap
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    placeholderText: qsTr("e.g. 2026-10-01至2026-10-07 关闭; 2026-12-31 9:00-12:00")
                    placeholderTextColor: Theme.textMuted
                    background: Rectangle {
                        color: Theme.surface
                        border.color: Theme.border
                        border.width: 2
                        radius: 12
                    }
                }
            }
            }

            ColumnLayout {
                Layout.preferredWidth: 470
                Layout.fillWidth: false
                Layout.fillHeight: true
                spacing: 10
                Repeater {
                    model: 5
                    delegate: RowLayout {
                        required property int index
                        Layout.fillWidth: true
                        spacing: 10
                        Text {
                            Layout.fillWidth: true
                            text: setup.labels[index]
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.WordWrap
                        }
                        QqButton {
                            implicitWidth: Theme.touchMin
                            text: "−"
                            tint: Theme.teacher
                            onClicked: setup.step(index, index < 2 ? -5 : -1)
                        }
                        Text {
                            Layout.preferredWidth: 48
                            horizontalAlignment: Text.AlignHCenter
                            text: setup.values[index]
                            color: Theme.calls
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                        }
                        QqButton {
                            implicitWidth: Theme.touchMin
                            text: "+"
                            tint: Theme.teacher
                            onClicked: setup.step(index, index < 2 ? 5 : 1)
                        }
                    }
                }
                Text {
                    objectName: "setupNotice"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    text: Calls.notice
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                    verticalAlignment: Text.AlignBottom
                }
            }
        }
    }
}
