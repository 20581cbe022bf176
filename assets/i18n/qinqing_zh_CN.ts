<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Admin</name>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="56"/>
        <source>father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="58"/>
        <source>mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="62"/>
        <source>guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="70"/>
        <source>qinqing-admin: %1 holds no kiosk data (%2). Check the folder given with --data.</source>
        <translation>qinqing-admin：%1 里没有亲情机的数据（%2）。请检查 --data 后面的文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="77"/>
        <source>qinqing-admin: the kiosk&apos;s data could not be opened: %1</source>
        <translation>qinqing-admin：亲情机的数据打不开：%1</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="90"/>
        <source>The column mapping %1 could not be opened: %2</source>
        <translation>列对应文件 %1 打不开：%2</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="117"/>
        <source>%1 has no sheets to choose from (it is not a workbook).</source>
        <translation>%1 不是工作簿，没有工作表可选。</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="118"/>
        <source>%1 has no sheet named &quot;%2&quot;. Its sheets are: %3.</source>
        <translation>%1 里没有名为“%2”的工作表。它的工作表有：%3。</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="129"/>
        <source>%1, sheet %2 of %3: %4</source>
        <translation>%1，第 %2 个工作表（共 %3 个）：%4</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="141"/>
        <source>This workbook has the sheets %1; choose one with --sheet N (1 = the first).</source>
        <translation>这个工作簿有这些工作表：%1。请用 --sheet N 选一个（1 是第一个）。</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="143"/>
        <source>Nothing was imported.</source>
        <translation>什么都没有导入。</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="150"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="154"/>
        <source>%1 new, %2 to update, %3 unchanged, %4 with errors.</source>
        <translation>新增 %1 人，更新 %2 人，%3 人不变，%4 行有错。</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="161"/>
        <source>Nothing was imported. Correct the lines above in the spreadsheet, save it, and run the command again.</source>
        <translation>什么都没有导入。请在表格里改好上面这些行，保存后再运行一次。</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="166"/>
        <source>Dry run: nothing was written. Run again without --dry-run to import.</source>
        <translation>只是检查，什么都没有写入。去掉 --dry-run 再运行一次就会导入。</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="170"/>
        <location filename="../../app/admin/admin_cli.cpp" line="178"/>
        <source>added %1, updated %2</source>
        <translation>新增 %1 人，更新 %2 人</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/admin/admin_cli.cpp" line="180"/>
        <source>%n new class(es).</source>
        <translation>
            <numerusform>新建了 %n 个班级。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="198"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="198"/>
        <source>class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="198"/>
        <source>card code</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="200"/>
        <source>contact %1 role</source>
        <translation>联系人%1身份</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="200"/>
        <source>contact %1 name</source>
        <translation>联系人%1姓名</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="201"/>
        <source>contact %1 phone</source>
        <translation>联系人%1电话</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="229"/>
        <source>The roster of a Qinqing kiosk, without its screen.
  import-roster FILE   import a roster (.csv, .xlsx or .xls) as the teacher&apos;s screen does:
                       problems row by row; all rows or none; exit 1 when nothing was imported
  children             the roster as CSV: name, class, card code, each contact&apos;s role, name, phone</source>
        <translation>不用屏幕，管理亲情机的花名册。
  import-roster 文件   导入花名册（.csv、.xlsx 或 .xls），和老师在屏幕上导入一样：
                       逐行说明问题；要么全部导入，要么一行都不导入；没有导入时退出码为 1
  children             以 CSV 输出花名册：姓名、班级、卡号，以及每位联系人的身份、姓名、电话</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="235"/>
        <source>The kiosk&apos;s data folder.</source>
        <translation>亲情机的数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="237"/>
        <source>The workbook&apos;s sheet to read: its number (1 = the first) or its name.</source>
        <translation>要读的工作表：序号（1 是第一个）或名称。</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="240"/>
        <source>A JSON file naming columns the kiosk does not read by itself: {&quot;columns&quot;: {&quot;家长电话&quot;: &quot;father_phone&quot;, &quot;备注&quot;: &quot;skip&quot;}}</source>
        <translation>一个 JSON 文件，说明亲情机自己认不出的列：{&quot;columns&quot;: {&quot;家长电话&quot;: &quot;father_phone&quot;, &quot;备注&quot;: &quot;skip&quot;}}</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="244"/>
        <source>Check the file and show the problems; write nothing.</source>
        <translation>只检查文件、列出问题，不写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="245"/>
        <source>Language of the messages: zh_CN (default) or en.</source>
        <translation>提示的语言：zh_CN（默认）或 en。</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="248"/>
        <source>import-roster FILE, or children</source>
        <translation>import-roster 文件，或 children</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="260"/>
        <source>qinqing-admin: say which kiosk with --data DIR (its data folder).</source>
        <translation>qinqing-admin：请用 --data 文件夹 指定是哪台亲情机（它的数据文件夹）。</translation>
    </message>
    <message>
        <location filename="../../app/admin/admin_cli.cpp" line="264"/>
        <source>qinqing-admin: there is no file %1.</source>
        <translation>qinqing-admin：没有文件 %1。</translation>
    </message>
</context>
<context>
    <name>BackupCodeCard</name>
    <message>
        <location filename="../../qml/screens/BackupCodeCard.qml" line="30"/>
        <source>Write down the recovery code for backups</source>
        <translation>请抄下备份恢复码</translation>
    </message>
    <message>
        <location filename="../../qml/screens/BackupCodeCard.qml" line="39"/>
        <source>Backups are locked so that a lost USB stick shows nobody the children&apos;s files. If this kiosk breaks, a new kiosk opens the backups only with this code. Copy it onto paper and give it to the school office; do not keep it next to the kiosk. It is shown only until you tap below.</source>
        <translation>备份都是加密的，U 盘丢了，别人也看不到孩子们的档案。这台一体机如果坏了，换上的新机器只有用这个恢复码才能打开备份。请把它抄在纸上，交给学校办公室保管，不要放在一体机旁边。点下面的按钮以后，它就不再显示了。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/BackupCodeCard.qml" line="67"/>
        <source>I have written it down</source>
        <translation>我已经抄好了</translation>
    </message>
</context>
<context>
    <name>BackupCodeEntry</name>
    <message>
        <location filename="../../qml/screens/BackupCodeEntry.qml" line="29"/>
        <source>This backup was made on another kiosk. Type the school&apos;s recovery code for backups (it is on paper in the school office).</source>
        <translation>这个备份是另一台一体机做的。请输入学校的备份恢复码（抄在纸上，由学校办公室保管）。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/BackupCodeEntry.qml" line="67"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../qml/screens/BackupCodeEntry.qml" line="79"/>
        <source>Open the backup</source>
        <translation>打开备份</translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message>
        <location filename="../../qml/screens/BackupList.qml" line="18"/>
        <source>No backups yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/BackupList.qml" line="87"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>BackupRestoreConfirm</name>
    <message>
        <location filename="../../qml/screens/BackupRestoreConfirm.qml" line="68"/>
        <source>No, keep today&apos;s data</source>
        <translation>不，保留现在的数据</translation>
    </message>
    <message>
        <location filename="../../qml/screens/BackupRestoreConfirm.qml" line="80"/>
        <source>Yes, restore</source>
        <translation>是的，恢复</translation>
    </message>
</context>
<context>
    <name>BackupScreen</name>
    <message>
        <location filename="../../qml/screens/BackupScreen.qml" line="16"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../qml/screens/BackupScreen.qml" line="37"/>
        <source>The last backup did not work: %1</source>
        <translation>上次备份没有成功：%1</translation>
    </message>
    <message>
        <location filename="../../qml/screens/BackupScreen.qml" line="49"/>
        <source>Back up now</source>
        <translation>现在备份</translation>
    </message>
    <message>
        <location filename="../../qml/screens/BackupScreen.qml" line="59"/>
        <source>Copy to USB</source>
        <translation>复制到 U 盘</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/screens/BackupScreen.qml" line="89"/>
        <source>The kiosk makes a backup by itself every day and keeps the last %n day(s).</source>
        <translation>
            <numerusform>一体机每天自动备份一次，保留最近 %n 天的备份。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookLabels</name>
    <message>
        <location filename="../../app/cards/book_label_sheet.cpp" line="141"/>
        <source>The book labels could not be saved: %1</source>
        <translation>图书标签没能保存：%1</translation>
    </message>
    <message>
        <location filename="../../app/cards/book_label_sheet.cpp" line="160"/>
        <source>There are no book labels to print.</source>
        <translation>没有要打印的图书标签。</translation>
    </message>
    <message>
        <location filename="../../app/cards/book_label_sheet.cpp" line="165"/>
        <source>%1 is not a book code, so no labels were printed. Give this book a new code first.</source>
        <translation>%1 不是图书编号，所以没有打印标签。请先给这本书一个新编号。</translation>
    </message>
    <message>
        <location filename="../../app/cards/book_label_sheet.cpp" line="180"/>
        <source>Qinqing book labels</source>
        <translation>亲情之家图书标签</translation>
    </message>
    <message>
        <location filename="../../app/cards/book_label_sheet.cpp" line="185"/>
        <source>The book labels could not be drawn.</source>
        <translation>图书标签没能画出来。</translation>
    </message>
</context>
<context>
    <name>CallAnnouncement</name>
    <message>
        <location filename="../../qml/components/CallAnnouncement.qml" line="57"/>
        <source>I&apos;m going!</source>
        <translation>我这就去！</translation>
    </message>
</context>
<context>
    <name>CallBookedScreen</name>
    <message>
        <location filename="../../qml/screens/CallBookedScreen.qml" line="34"/>
        <source>Booked! %1 will call %2.</source>
        <translation>约好了！%1 要给%2打电话。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallBookedScreen.qml" line="75"/>
        <source>The kiosk will call you two minutes before.</source>
        <translation>到时间前两分钟，这台机器会叫你。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallBookedScreen.qml" line="94"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>CallConfirmScreen</name>
    <message>
        <location filename="../../qml/screens/CallConfirmScreen.qml" line="34"/>
        <source>Call %1 %2?</source>
        <translation>%2给%1打电话，对吗？</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallConfirmScreen.qml" line="46"/>
        <source>At the %1</source>
        <translation>在%1</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallConfirmScreen.qml" line="58"/>
        <source>No, go back</source>
        <translation>不对，返回</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallConfirmScreen.qml" line="66"/>
        <source>Yes, book it</source>
        <translation>对，约好</translation>
    </message>
</context>
<context>
    <name>CallDayScreen</name>
    <message>
        <location filename="../../qml/screens/CallDayScreen.qml" line="16"/>
        <source>Today&apos;s calls</source>
        <translation>今天的通话</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallDayScreen.qml" line="35"/>
        <source>No calls today.</source>
        <translation>今天没有通话。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/screens/CallDayScreen.qml" line="96"/>
        <source>Talked %n min</source>
        <translation>
            <numerusform>通话 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallDayScreen.qml" line="104"/>
        <source>No answer</source>
        <translation>没人接</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallDayScreen.qml" line="111"/>
        <source>Child absent</source>
        <translation>孩子没来</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallDayScreen.qml" line="127"/>
        <source>Plan the week</source>
        <translation>安排本周</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallDayScreen.qml" line="135"/>
        <source>Set up calls</source>
        <translation>通话设置</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallDayScreen.qml" line="143"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
</context>
<context>
    <name>CallMonthScreen</name>
    <message>
        <location filename="../../qml/screens/CallMonthScreen.qml" line="17"/>
        <source>Calls this month</source>
        <translation>本月通话</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/screens/CallMonthScreen.qml" line="18"/>
        <source>%1 · %n child(ren) without a call yet</source>
        <translation>
            <numerusform>%1 · 还有 %n 个孩子没通过话</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallMonthScreen.qml" line="85"/>
        <source>No call yet</source>
        <translation>还没通话</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/screens/CallMonthScreen.qml" line="85"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>通话 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallMonthScreen.qml" line="93"/>
        <source>Last: %1</source>
        <translation>上次：%1</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallMonthScreen.qml" line="93"/>
        <source>booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallMonthScreen.qml" line="111"/>
        <source>Often not answered</source>
        <translation>常常没人接</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallMonthScreen.qml" line="147"/>
        <source>Every call this month was answered.</source>
        <translation>本月每次通话都有人接。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallMonthScreen.qml" line="167"/>
        <source>Export the month</source>
        <translation>导出本月通话</translation>
    </message>
</context>
<context>
    <name>CallPlanScreen</name>
    <message>
        <location filename="../../qml/screens/CallPlanScreen.qml" line="17"/>
        <source>This week&apos;s plan</source>
        <translation>本周通话安排</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallPlanScreen.qml" line="34"/>
        <source>Every child who is due has a call.</source>
        <translation>该通话的孩子都安排上了。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallPlanScreen.qml" line="50"/>
        <source>Not placed this week</source>
        <translation>本周没排上的孩子</translation>
    </message>
</context>
<context>
    <name>CallRowDelegate</name>
    <message>
        <location filename="../../qml/components/CallRowDelegate.qml" line="47"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>CallSetupScreen</name>
    <message>
        <location filename="../../qml/screens/CallSetupScreen.qml" line="13"/>
        <source>Minutes a call</source>
        <translation>每次通话分钟数</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallSetupScreen.qml" line="13"/>
        <source>Minutes between calls</source>
        <translation>两次通话间隔分钟数</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallSetupScreen.qml" line="13"/>
        <source>Calls a month for each child</source>
        <translation>每个孩子每月通话次数</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallSetupScreen.qml" line="13"/>
        <source>Calls a week at most</source>
        <translation>每周最多通话次数</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallSetupScreen.qml" line="13"/>
        <source>Calls booked ahead at most</source>
        <translation>最多提前预约次数</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallSetupScreen.qml" line="30"/>
        <source>Set up calls</source>
        <translation>通话设置</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallSetupScreen.qml" line="31"/>
        <source>Places, hours and the rules of the rotation</source>
        <translation>通话地点、时间和轮流规则</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallSetupScreen.qml" line="63"/>
        <source>Call places</source>
        <translation>通话地点</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallSetupScreen.qml" line="87"/>
        <source>Remove</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallSetupScreen.qml" line="104"/>
        <source>New place, e.g. 亲情电话 2</source>
        <translation>新地点，例如：亲情电话 2</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallSetupScreen.qml" line="113"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallSetupScreen.qml" line="120"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallSetupScreen.qml" line="131"/>
        <source>The room takes calls</source>
        <translation>亲情室可通话时间</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallSetupScreen.qml" line="146"/>
        <source>e.g. 周一至周五 12:00-13:00 16:00-18:30，周末 9:00-17:00</source>
        <translation>例如：周一至周五 12:00-13:00 16:00-18:30，周末 9:00-17:00</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallSetupScreen.qml" line="156"/>
        <source>Holidays and special days</source>
        <translation>节假日和特殊日子</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallSetupScreen.qml" line="171"/>
        <source>e.g. 2026-10-01至2026-10-07 关闭; 2026-12-31 9:00-12:00</source>
        <translation>例如：2026-10-01至2026-10-07 关闭；2026-12-31 9:00-12:00</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallSetupScreen.qml" line="36"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>CallSlotsScreen</name>
    <message>
        <location filename="../../qml/screens/CallSlotsScreen.qml" line="14"/>
        <source>When do you want to call %1?</source>
        <translation>你想什么时候给%1打电话？</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallSlotsScreen.qml" line="15"/>
        <source>These times suit %1 and the family room</source>
        <translation>这些时间%1能接，亲情室也开着</translation>
    </message>
</context>
<context>
    <name>CallTime</name>
    <message>
        <location filename="../../app/core/calls.cpp" line="101"/>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="101"/>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="102"/>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="102"/>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="103"/>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="103"/>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="104"/>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="108"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="110"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="114"/>
        <source>%1/%2</source>
        <comment>month/day</comment>
        <translation>%1月%2日</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="118"/>
        <source>morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="119"/>
        <source>noon</source>
        <translation>中午</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="120"/>
        <source>afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="121"/>
        <source>evening</source>
        <translation>晚上</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="124"/>
        <source>%1 %2 %3</source>
        <comment>day, part of the day, clock time</comment>
        <translation>%1%2 %3</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="961"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="961"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="962"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="962"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="963"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="963"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="964"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="990"/>
        <source>, </source>
        <comment>between days</comment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>CallWhoScreen</name>
    <message>
        <location filename="../../qml/screens/CallWhoScreen.qml" line="14"/>
        <source>Who do you want to call, %1?</source>
        <translation>%1，你想给谁打电话？</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallWhoScreen.qml" line="80"/>
        <source>You have no call booked.</source>
        <translation>你还没有约通话。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallWhoScreen.qml" line="80"/>
        <source>Your call: %1</source>
        <translation>你的通话：%1</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallWhoScreen.qml" line="94"/>
        <source>Cancel my call</source>
        <translation>取消我的通话</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <location filename="../../app/core/calls.cpp" line="197"/>
        <location filename="../../app/core/calls.cpp" line="225"/>
        <source>A call place needs a name of 1 to 32 characters.</source>
        <translation>通话地点要有 1 到 32 个字的名字。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="199"/>
        <location filename="../../app/core/calls.cpp" line="227"/>
        <source>A call place has 1 to 9 lines.</source>
        <translation>一个通话地点有 1 到 9 条线路。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="221"/>
        <location filename="../../app/core/calls.cpp" line="660"/>
        <source>This call place is not set up.</source>
        <translation>还没有设置这个通话地点。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="250"/>
        <source>A day of the week is missing.</source>
        <translation>缺少星期几。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="252"/>
        <source>A time is outside the day (00:00 to 24:00).</source>
        <translation>有个时间不在一天之内（00:00 到 24:00）。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="254"/>
        <source>A time range ends before it starts, or is empty.</source>
        <translation>有个时间段的结束早于开始，或者是空的。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="256"/>
        <source>Two time ranges on the same day overlap.</source>
        <translation>同一天的两个时间段重叠了。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="303"/>
        <source>The day is not a date.</source>
        <translation>这一天不是有效的日期。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="410"/>
        <source>This parent or guardian is not on the contact card.</source>
        <translation>联系卡上没有这位家长或监护人。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="462"/>
        <source>Slots are 5 to 60 minutes with a gap of 0 to 30; 1 to 8 calls a month, 1 to 7 a week, 1 to 4 booked ahead.</source>
        <translation>每次通话 5 到 60 分钟，间隔 0 到 30 分钟；每月 1 到 8 次，每周 1 到 7 次，最多提前预约 1 到 4 次。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="542"/>
        <source>You already have a call booked. After it, you can book the next one.</source>
        <translation>你已经约好了一次通话。打完以后，就可以约下一次。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="548"/>
        <source>The teacher has not written down yet when this person can answer. Please ask the duty teacher.</source>
        <translation>老师还没有记下这位家人什么时候能接电话。请问值班老师。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="600"/>
        <source>The room is not open when this person can answer, in the next two weeks. The teacher can help you write a letter instead.</source>
        <translation>这两周里，这位家人能接电话的时候，亲情室都不开门。老师可以帮你写一封信。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="606"/>
        <source>You have had your call this week. Next week you can book again.</source>
        <translation>你这周已经打过电话了。下周可以再约。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="609"/>
        <source>Every time this person can answer is taken. Please try again tomorrow.</source>
        <translation>这位家人能接电话的时间都被约满了。请明天再试试。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="633"/>
        <source>There is already a call for this child on that day.</source>
        <translation>这个孩子那天已经有一次通话了。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="641"/>
        <source>This child has had the calls of that week already.</source>
        <translation>这个孩子那一周的通话次数已经用完了。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="644"/>
        <source>This child has a call booked already.</source>
        <translation>这个孩子已经约好了一次通话。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="653"/>
        <source>This child is not on the roster.</source>
        <translation>名单上没有这个孩子。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="658"/>
        <source>This person is not on the child&apos;s contact card.</source>
        <translation>孩子的联系卡上没有这个人。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="664"/>
        <source>That time has already passed. Please choose another.</source>
        <translation>这个时间已经过去了。请选别的时间。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="667"/>
        <source>The room is not open for calls at that time.</source>
        <translation>那个时间亲情室不开放通话。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="669"/>
        <source>This person cannot answer at that time.</source>
        <translation>这位家人那个时间不能接电话。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="675"/>
        <source>Someone else has just booked that time. Please choose another.</source>
        <translation>这个时间刚刚被别人约走了。请选别的时间。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="702"/>
        <location filename="../../app/core/calls.cpp" line="719"/>
        <source>This call is not booked.</source>
        <translation>没有约这次通话。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="704"/>
        <source>This call has taken place already.</source>
        <translation>这次通话已经进行过了。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="722"/>
        <source>A call is marked as talked, no answer or child absent.</source>
        <translation>通话只能记为：通话了、没人接、孩子没来。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="724"/>
        <source>How long did they talk? 1 to 120 minutes.</source>
        <translation>通话了多久？1 到 120 分钟。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="913"/>
        <source>&quot;%1&quot; is not a day or a time like 周三 12:00-12:30.</source>
        <translation>“%1”不是星期几或时间（例如：周三 12:00-12:30）。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="930"/>
        <source>&quot;%1&quot; is not a day of the week.</source>
        <translation>“%1”不是星期几。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="942"/>
        <source>&quot;%1&quot; is not a time of day.</source>
        <translation>“%1”不是一天中的时间。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="944"/>
        <source>Which day is %1? Write the day first, like 周三 %1.</source>
        <translation>%1 是星期几？请先写星期几，例如：周三 %1。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="1019"/>
        <source>&quot;%1&quot; does not start with a date like 2026-10-01.</source>
        <translation>“%1”开头不是 2026-10-01 这样的日期。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="1024"/>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>“%1”不是有效的日期。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="1026"/>
        <source>&quot;%1&quot;: the days run backwards or over two months.</source>
        <translation>“%1”：日期顺序反了，或者超过了两个月。</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="1037"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.cpp" line="1061"/>
        <source>closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/core/call_rotation.cpp" line="172"/>
        <source>No time this week suits both the room and the parents. Check their times in the child&apos;s file.</source>
        <translation>本周没有亲情室开放、家长又能接的时间。请在儿童档案里核对家长能接电话的时间。</translation>
    </message>
    <message>
        <location filename="../../app/core/call_rotation.cpp" line="175"/>
        <source>Every suitable time went to children who waited longer.</source>
        <translation>合适的时间都给了等得更久的孩子。</translation>
    </message>
    <message>
        <location filename="../../app/core/call_rotation.cpp" line="179"/>
        <source>Already had this week&apos;s call.</source>
        <translation>本周已经通过话了。</translation>
    </message>
</context>
<context>
    <name>CallsScreen</name>
    <message>
        <location filename="../../qml/screens/CallsScreen.qml" line="14"/>
        <source>Calls with your family</source>
        <translation>给家人打电话</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallsScreen.qml" line="15"/>
        <source>The next calls in the family room</source>
        <translation>亲情室接下来的通话</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallsScreen.qml" line="37"/>
        <source>No calls are booked yet. Be the first!</source>
        <translation>还没有人约通话。你来第一个吧！</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallsScreen.qml" line="66"/>
        <source>Book my call</source>
        <translation>约我的通话</translation>
    </message>
    <message>
        <location filename="../../qml/screens/CallsScreen.qml" line="74"/>
        <source>Find your photo, choose who to call and when. The kiosk calls you when it is time.</source>
        <translation>找到你的照片，选好打给谁、什么时候打。到时间了机器会叫你。</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <location filename="../../app/cards/card_sheet.cpp" line="123"/>
        <source>Left-behind Children&apos;s Home</source>
        <translation>留守儿童之家</translation>
    </message>
    <message>
        <location filename="../../app/cards/card_sheet.cpp" line="177"/>
        <source>There are no cards to print.</source>
        <translation>没有可以打印的卡片。</translation>
    </message>
    <message>
        <location filename="../../app/cards/card_sheet.cpp" line="186"/>
        <source>%1 has no valid card code, so no card could be printed. Give %1 a new card code first.</source>
        <translation>%1 没有有效的卡号，所以没有打印卡片。请先给 %1 换一张新卡。</translation>
    </message>
    <message>
        <location filename="../../app/cards/card_sheet.cpp" line="198"/>
        <location filename="../../app/cards/card_sheet.cpp" line="223"/>
        <source>The card sheet could not be saved: %1</source>
        <translation>卡片文件没能保存：%1</translation>
    </message>
    <message>
        <location filename="../../app/cards/card_sheet.cpp" line="205"/>
        <source>Qinqing cards</source>
        <translation>亲情卡片</translation>
    </message>
    <message>
        <location filename="../../app/cards/card_sheet.cpp" line="210"/>
        <source>The card sheet could not be drawn.</source>
        <translation>卡片页面没有画出来。</translation>
    </message>
    <message>
        <location filename="../../app/cards/frame_source.cpp" line="33"/>
        <source>No camera was found. Cards can still be read with a barcode scanner, or children can find their own photo.</source>
        <translation>没有找到摄像头。还可以用扫码枪刷卡，或者让孩子找自己的照片。</translation>
    </message>
    <message>
        <location filename="../../app/cards/frame_source.cpp" line="47"/>
        <source>The camera stopped working. Cards can still be read with a barcode scanner.</source>
        <translation>摄像头停止工作了。还可以用扫码枪刷卡。</translation>
    </message>
    <message>
        <location filename="../../app/core/card_code.cpp" line="173"/>
        <source>No card code was read.</source>
        <translation>没有读到卡号。</translation>
    </message>
    <message>
        <location filename="../../app/core/card_code.cpp" line="175"/>
        <source>This is not a Qinqing card. Please show your own card.</source>
        <translation>这不是亲情卡。请拿出你自己的卡。</translation>
    </message>
    <message>
        <location filename="../../app/core/card_code.cpp" line="177"/>
        <source>The card was not read correctly. Please try again.</source>
        <translation>卡没有读清楚，请再试一次。</translation>
    </message>
    <message>
        <location filename="../../app/core/card_code.cpp" line="182"/>
        <source>This is not a card code.</source>
        <translation>这不是卡号。</translation>
    </message>
</context>
<context>
    <name>CatalogImport</name>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="179"/>
        <source>An ISBN has only digits, hyphens and perhaps an X at the end.</source>
        <translation>ISBN 只有数字、连字符，最后可能有一个 X。</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="182"/>
        <source>An ISBN has 10 or 13 digits.</source>
        <translation>ISBN 是 10 位或 13 位数字。</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="184"/>
        <source>A digit is wrong: the last digit does not fit the others. Check it against the book.</source>
        <translation>有一位数字不对：最后一位和前面的对不上。请对照书本检查。</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="187"/>
        <source>This is a product barcode, not a book&apos;s ISBN (those start with 978 or 979).</source>
        <translation>这是商品条码，不是书的 ISBN（书号以 978 或 979 开头）。</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="203"/>
        <source>This line is far too long (over 64 KB); is it really one book?</source>
        <translation>这一行太长了（超过 64 KB），真的只是一本书吗？</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="208"/>
        <source>A quote (&quot;) opened on this line is never closed, so the rest of the file became one cell.</source>
        <translation>这一行有一个引号（&quot;）没有结束，文件剩下的部分都变成了一个格子。</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="212"/>
        <source>%1 cells, but the header has %2 columns. Is there a comma in a title? Put that title in quotes.</source>
        <translation>有 %1 个格子，但表头有 %2 列。书名里有逗号吗？请给那个书名加上引号。</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="225"/>
        <source>%1 &quot;%2&quot; was shortened by the spreadsheet. Format the column as text, type the ISBN again and save.</source>
        <translation>%1“%2”被表格软件改短了。请把这一列设为文本格式，重新输入 ISBN 后保存。</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="231"/>
        <source>%1 &quot;%2&quot; is not an ISBN. %3</source>
        <translation>%1“%2”不是 ISBN。%3</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="237"/>
        <location filename="../../app/core/catalog_import.cpp" line="247"/>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 超过了 %2 个字。</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="261"/>
        <source>%1 &quot;%2&quot; should be a number of copies from 1 to %3.</source>
        <translation>%1“%2”应该是 1 到 %3 之间的册数。</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="272"/>
        <source>The file is too big for a library catalog (more than 5 MB).</source>
        <translation>这个文件太大，不像图书目录（超过 5 MB）。</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="277"/>
        <source>The library&apos;s label numbers are used up (the last is %1); these copies cannot get a label.</source>
        <translation>图书标签编号已经用完（最后一个是 %1），这些复本无法分配标签。</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="315"/>
        <location filename="../../app/core/catalog_import.cpp" line="325"/>
        <source>The file could not be opened: %1</source>
        <translation>文件打不开：%1</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="346"/>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="356"/>
        <source>Line %1 is far too long (over 64 KB) to be the header or a title.</source>
        <translation>第 %1 行太长了（超过 64 KB），不可能是表头或书名。</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="368"/>
        <source>Column missing: %1. The first line must name the columns, e.g. ISBN,书名,作者,出版社,册数.</source>
        <translation>缺少列：%1。第一行要写列名，例如 ISBN,书名,作者,出版社,册数。</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="376"/>
        <source>These columns appear twice: %1. Keep one of each.</source>
        <translation>这些列出现了两次：%1。每种只保留一列。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/core/catalog_import.cpp" line="381"/>
        <source>%n line(s) above the column names were skipped.</source>
        <translation>
            <numerusform>跳过了列名上方的 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="385"/>
        <source>Columns not used: %1</source>
        <translation>没有使用的列：%1</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="388"/>
        <source>The file has only the header line, no books.</source>
        <translation>文件只有表头，没有书。</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="405"/>
        <source>%1 &quot;%2&quot; is also on line %3. Write each book on one line with its number of copies.</source>
        <translation>%1“%2”在第 %3 行也出现了。每本书写一行，并写上册数。</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="420"/>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="431"/>
        <source>Line %1: the catalog already has a book of that title. Without an ISBN it is added as another title; write its ISBN to add copies to the one there.</source>
        <translation>第 %1 行：目录里已经有同名的书。没有 ISBN 会作为另一种书添加；写上 ISBN 就会给已有的书增加复本。</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="445"/>
        <source>Nothing was imported: the file still has problems.</source>
        <translation>没有导入任何内容：文件还有问题。</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="446"/>
        <source>Nothing to import: the file has no books.</source>
        <translation>没有可导入的内容：文件里没有书。</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="453"/>
        <source>The library changed since the preview. Nothing was imported; please check the file again.</source>
        <translation>预览之后图书角有了变化。没有导入任何内容，请重新检查文件。</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_import.cpp" line="506"/>
        <source>Nothing was imported: the kiosk could not save (%1).</source>
        <translation>没有导入任何内容：一体机无法保存（%1）。</translation>
    </message>
</context>
<context>
    <name>ChildFileScreen</name>
    <message>
        <location filename="../../qml/screens/ChildFileScreen.qml" line="19"/>
        <source>Fill in and save</source>
        <translation>填写后保存</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ChildFileScreen.qml" line="19"/>
        <source>Child&apos;s file and contact card</source>
        <translation>儿童档案和联系卡</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ChildFileScreen.qml" line="25"/>
        <source>Reading</source>
        <translation>阅读记录</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ChildFileScreen.qml" line="53"/>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ChildFileScreen.qml" line="61"/>
        <source>Card: %1</source>
        <translation>卡号：%1</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ChildFileScreen.qml" line="61"/>
        <source>No card yet</source>
        <translation>还没有卡</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ChildFileScreen.qml" line="74"/>
        <source>Make card</source>
        <translation>制作卡片</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ChildFileScreen.qml" line="74"/>
        <source>New card</source>
        <translation>换新卡</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ChildFileScreen.qml" line="84"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ChildFileScreen.qml" line="105"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ChildFileScreen.qml" line="183"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ChildFileScreen.qml" line="253"/>
        <source>Take it</source>
        <translation>拍下</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ChildFileScreen.qml" line="260"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ChildGridScreen</name>
    <message>
        <location filename="../../qml/screens/ChildGridScreen.qml" line="15"/>
        <source>Tap the child to sign in</source>
        <translation>点孩子的照片为他签到</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ChildGridScreen.qml" line="15"/>
        <source>Tap your photo</source>
        <translation>点一点你的照片</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ChildGridScreen.qml" line="61"/>
        <source>In</source>
        <translation>在室</translation>
    </message>
</context>
<context>
    <name>ClassGridScreen</name>
    <message>
        <location filename="../../qml/screens/ClassGridScreen.qml" line="14"/>
        <source>Sign in a child: choose the class</source>
        <translation>帮孩子签到：先选班级</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ClassGridScreen.qml" line="14"/>
        <source>Which class are you in?</source>
        <translation>你在哪个班？</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ClassGridScreen.qml" line="15"/>
        <source>To sign your letter: find yourself</source>
        <translation>在信上写名字：先找到你自己</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ClassGridScreen.qml" line="33"/>
        <source>No classes yet. The duty teacher adds the roster in teacher mode.</source>
        <translation>还没有班级。请值班老师在老师模式里添加名单。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ClassGridScreen.qml" line="120"/>
        <source>Type my name</source>
        <translation>输入名字</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ClassGridScreen.qml" line="129"/>
        <source>Show my card</source>
        <translation>刷我的卡</translation>
    </message>
</context>
<context>
    <name>DimmedScreen</name>
    <message>
        <location filename="../../qml/components/DimmedScreen.qml" line="12"/>
        <source>Touch the screen to wake it</source>
        <translation>摸一下屏幕，它就醒了</translation>
    </message>
</context>
<context>
    <name>EnrollmentLink</name>
    <message>
        <location filename="../../app/core/enrollment_link.cpp" line="44"/>
        <source>This is not a hub&apos;s enrollment code.</source>
        <translation>这不是中心服务器的加入码。</translation>
    </message>
    <message>
        <location filename="../../app/core/enrollment_link.cpp" line="51"/>
        <source>The hub&apos;s address in this code is not an https address.</source>
        <translation>码里的中心服务器地址不是 https 地址。</translation>
    </message>
    <message>
        <location filename="../../app/core/enrollment_link.cpp" line="53"/>
        <source>This enrollment code has no one-time code in it.</source>
        <translation>这个加入码里没有一次性代码。</translation>
    </message>
    <message>
        <location filename="../../app/core/enrollment_link.cpp" line="55"/>
        <source>This enrollment code has no certificate fingerprint in it.</source>
        <translation>这个加入码里没有证书指纹。</translation>
    </message>
</context>
<context>
    <name>GreetingScreen</name>
    <message>
        <location filename="../../qml/screens/GreetingScreen.qml" line="61"/>
        <source>Happy birthday, %1!</source>
        <translation>%1，生日快乐！</translation>
    </message>
    <message>
        <location filename="../../qml/screens/GreetingScreen.qml" line="63"/>
        <source>Goodbye, %1! See you soon.</source>
        <translation>再见，%1！下次见。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/GreetingScreen.qml" line="65"/>
        <source>%1, you are already signed in.</source>
        <translation>%1，你已经签到啦。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/GreetingScreen.qml" line="67"/>
        <source>%1, you are already signed out.</source>
        <translation>%1，你已经签退啦。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/GreetingScreen.qml" line="69"/>
        <source>Welcome, %1!</source>
        <translation>欢迎你，%1！</translation>
    </message>
    <message>
        <location filename="../../qml/screens/GreetingScreen.qml" line="82"/>
        <source>Everyone in the Family Room wishes you a happy day. Signed in at %1.</source>
        <translation>亲情之家的大家祝你今天开开心心！签到时间 %1。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/GreetingScreen.qml" line="82"/>
        <source>Signed out at %1. Go home safely!</source>
        <translation>签退时间 %1。回家路上注意安全！</translation>
    </message>
    <message>
        <location filename="../../qml/screens/GreetingScreen.qml" line="82"/>
        <source>Signed in at %1.</source>
        <translation>签到时间 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/screens/GreetingScreen.qml" line="95"/>
        <source>This term: %n book(s) read</source>
        <translation>
            <numerusform>这学期：已读 %n 本书</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/screens/GreetingScreen.qml" line="102"/>
        <source>You have an answer in the mailbox! Open it</source>
        <translation>悄悄话信箱里有给你的回信！打开看看</translation>
    </message>
    <message>
        <location filename="../../qml/screens/GreetingScreen.qml" line="112"/>
        <source>OK</source>
        <translation>好的</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../qml/screens/HomeScreen.qml" line="20"/>
        <location filename="../../qml/screens/HomeScreen.qml" line="26"/>
        <source>Welcome to the Family Room</source>
        <translation>欢迎来到亲情之家</translation>
    </message>
    <message>
        <location filename="../../qml/screens/HomeScreen.qml" line="20"/>
        <source>Tap a picture to start.</source>
        <translation>点一个图片，开始吧。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/HomeScreen.qml" line="41"/>
        <source>Teacher</source>
        <translation>老师</translation>
    </message>
    <message>
        <location filename="../../qml/screens/HomeScreen.qml" line="64"/>
        <source>Sign in / Sign out</source>
        <translation>签到 / 签退</translation>
    </message>
    <message>
        <location filename="../../qml/screens/HomeScreen.qml" line="65"/>
        <source>Tap here, then find your photo</source>
        <translation>点这里，再找到你的照片</translation>
    </message>
    <message>
        <location filename="../../qml/screens/HomeScreen.qml" line="79"/>
        <source>Call Mum and Dad</source>
        <translation>给爸爸妈妈打电话</translation>
    </message>
    <message>
        <location filename="../../qml/screens/HomeScreen.qml" line="88"/>
        <source>Secret mailbox</source>
        <translation>悄悄话信箱</translation>
    </message>
    <message>
        <location filename="../../qml/screens/HomeScreen.qml" line="97"/>
        <source>Book corner</source>
        <translation>图书角</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <location filename="../../qml/components/IdleCountdown.qml" line="35"/>
        <source>Going back to the start… Touch the screen to stay.</source>
        <translation>马上回到首页……碰一下屏幕就能留下。</translation>
    </message>
</context>
<context>
    <name>ImportColumnMapping</name>
    <message>
        <location filename="../../qml/screens/ImportColumnMapping.qml" line="60"/>
        <source>e.g. %1</source>
        <translation>例如：%1</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ImportColumnMapping.qml" line="60"/>
        <source>(empty)</source>
        <translation>（这一列是空的）</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ImportColumnMapping.qml" line="70"/>
        <source>Maybe: %1?</source>
        <translation>可能是：%1？</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ImportColumnMapping.qml" line="70"/>
        <source>Not recognised: choose</source>
        <translation>没认出来，请选择</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ImportColumnMapping.qml" line="90"/>
        <source>What does the column &quot;%1&quot; hold?</source>
        <translation>“%1”这一列填的是什么？</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ImportColumnMapping.qml" line="128"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ImportScreen</name>
    <message>
        <location filename="../../qml/screens/ImportScreen.qml" line="18"/>
        <source>Import roster</source>
        <translation>导入名单</translation>
    </message>
    <message>
        <source>Choose the CSV file saved from the spreadsheet</source>
        <translation type="vanished">选择从表格另存的 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ImportScreen.qml" line="19"/>
        <source>Choose the roster file (.xlsx, .xls or .csv)</source>
        <translation>请选择花名册文件（.xlsx、.xls 或 .csv）</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ImportScreen.qml" line="127"/>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ImportScreen.qml" line="170"/>
        <source>Use the suggestions</source>
        <translation>采用建议</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ImportScreen.qml" line="178"/>
        <source>See the rows</source>
        <translation>看导入预览</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ImportScreen.qml" line="178"/>
        <source>Columns</source>
        <translation>各列对应</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/screens/ImportScreen.qml" line="186"/>
        <source>Import the %n row(s) that are fine</source>
        <translation>
            <numerusform>先导入没问题的 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/screens/ImportScreen.qml" line="197"/>
        <source>Import all rows</source>
        <translation>全部导入</translation>
    </message>
</context>
<context>
    <name>LetterKeyboard</name>
    <message>
        <location filename="../../qml/components/LetterKeyboard.qml" line="61"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../qml/components/LetterKeyboard.qml" line="68"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
</context>
<context>
    <name>LibraryBorrowedScreen</name>
    <message>
        <location filename="../../qml/screens/LibraryBorrowedScreen.qml" line="32"/>
        <source>《%1》 is yours to read!</source>
        <translation>《%1》借给你啦！</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryBorrowedScreen.qml" line="45"/>
        <source>Bring it back by %1</source>
        <translation>请在 %1 前还书</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryBorrowedScreen.qml" line="57"/>
        <source>OK</source>
        <translation>好的</translation>
    </message>
</context>
<context>
    <name>LibraryCatalogScreen</name>
    <message numerus="yes">
        <location filename="../../qml/screens/LibraryCatalogScreen.qml" line="18"/>
        <source>Book corner: %n title(s)</source>
        <translation>
            <numerusform>图书角：%n 种书</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryCatalogScreen.qml" line="19"/>
        <source>%1 copies, %2 out now. Scan a book to find or add it.</source>
        <translation>共 %1 册，%2 册借出。扫一本书来查找或添加。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryCatalogScreen.qml" line="24"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryCatalogScreen.qml" line="31"/>
        <source>New book</source>
        <translation>添加新书</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryCatalogScreen.qml" line="52"/>
        <source>Find a title (characters or pinyin)</source>
        <translation>找书（汉字或拼音）</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryCatalogScreen.qml" line="112"/>
        <source>%1 of %2 here</source>
        <translation>在架 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryCatalogScreen.qml" line="139"/>
        <source>Late books</source>
        <translation>逾期的书</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryCatalogScreen.qml" line="149"/>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryCatalogScreen.qml" line="164"/>
        <source>Books at once</source>
        <translation>每人借书</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryCatalogScreen.qml" line="165"/>
        <source>Days</source>
        <translation>借期天数</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryCatalogScreen.qml" line="166"/>
        <source>Renewals</source>
        <translation>续借次数</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryCatalogScreen.qml" line="230"/>
        <source>Most read this term</source>
        <translation>本学期借阅最多</translation>
    </message>
</context>
<context>
    <name>LibraryConfirmScreen</name>
    <message>
        <location filename="../../qml/screens/LibraryConfirmScreen.qml" line="39"/>
        <source>Borrow 《%1》?</source>
        <translation>借《%1》吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/screens/LibraryConfirmScreen.qml" line="58"/>
        <source>You can keep it for %n day(s).</source>
        <translation>
            <numerusform>可以借 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryConfirmScreen.qml" line="74"/>
        <source>There are several of this book. Show the sticker on the back of yours to the camera.</source>
        <translation>这本书有好几本。请把你手上这本书背后的标签对准摄像头。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryConfirmScreen.qml" line="89"/>
        <source>No, go back</source>
        <translation>不，返回</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryConfirmScreen.qml" line="99"/>
        <source>Yes, borrow it</source>
        <translation>好，借这本</translation>
    </message>
</context>
<context>
    <name>LibraryHistoryScreen</name>
    <message>
        <location filename="../../qml/screens/LibraryHistoryScreen.qml" line="17"/>
        <source>%1&apos;s reading</source>
        <translation>%1的阅读记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/screens/LibraryHistoryScreen.qml" line="18"/>
        <source>This term: %n book(s) read</source>
        <translation>
            <numerusform>这学期：已读 %n 本书</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryHistoryScreen.qml" line="26"/>
        <source>No book borrowed yet. Perhaps a first one together?</source>
        <translation>还没有借过书。要不要一起挑第一本？</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryHistoryScreen.qml" line="84"/>
        <source>Borrowed %1 · %2</source>
        <translation>%1 借 · %2</translation>
    </message>
</context>
<context>
    <name>LibraryImportScreen</name>
    <message>
        <location filename="../../qml/screens/LibraryImportScreen.qml" line="17"/>
        <source>Import a book list</source>
        <translation>导入图书清单</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryImportScreen.qml" line="18"/>
        <source>Columns: ISBN, 书名, 作者, 出版社, 册数 (UTF-8 or GBK)</source>
        <translation>列：ISBN、书名、作者、出版社、册数（UTF-8 或 GBK）</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryImportScreen.qml" line="100"/>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryImportScreen.qml" line="139"/>
        <source>Import all books</source>
        <translation>导入全部图书</translation>
    </message>
</context>
<context>
    <name>LibraryOverdueScreen</name>
    <message numerus="yes">
        <location filename="../../qml/screens/LibraryOverdueScreen.qml" line="16"/>
        <source>Late books: %n</source>
        <translation>
            <numerusform>逾期的书：%n 本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryOverdueScreen.qml" line="17"/>
        <source>Remind gently: a child who reads is what we want.</source>
        <translation>温和地提醒：我们希望孩子爱读书。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryOverdueScreen.qml" line="22"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryOverdueScreen.qml" line="33"/>
        <source>No book is late. Well done, everyone!</source>
        <translation>没有逾期的书。大家真棒！</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryOverdueScreen.qml" line="104"/>
        <source>%1 · due %2</source>
        <translation>%1 · %2 到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/screens/LibraryOverdueScreen.qml" line="111"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryReturnScreen</name>
    <message>
        <location filename="../../qml/screens/LibraryReturnScreen.qml" line="14"/>
        <source>Bring a book back</source>
        <translation>还书</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryReturnScreen.qml" line="15"/>
        <source>Show the sticker on the back of the book to the camera</source>
        <translation>把书背后的标签对准摄像头</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryReturnScreen.qml" line="47"/>
        <source>Hold the white sticker with the stripes inside the yellow frame.</source>
        <translation>把带条纹的白色标签放在黄色框里。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryReturnScreen.qml" line="56"/>
        <source>A scanner gun works too.</source>
        <translation>也可以用扫码枪。</translation>
    </message>
</context>
<context>
    <name>LibraryReturnedScreen</name>
    <message>
        <location filename="../../qml/screens/LibraryReturnedScreen.qml" line="32"/>
        <source>Thank you, %1!</source>
        <translation>谢谢你，%1！</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryReturnedScreen.qml" line="40"/>
        <source>《%1》 is back on the shelf.</source>
        <translation>《%1》回到书架上了。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/screens/LibraryReturnedScreen.qml" line="48"/>
        <source>This term: %n book(s) read</source>
        <translation>
            <numerusform>这学期：已读 %n 本书</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryReturnedScreen.qml" line="60"/>
        <source>How did you like it?</source>
        <translation>你喜欢这本书吗？</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryReturnedScreen.qml" line="60"/>
        <source>Thank you for telling!</source>
        <translation>谢谢你告诉我们！</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryReturnedScreen.qml" line="80"/>
        <source>%1 of 5</source>
        <translation>%1 分（满分 5 分）</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryReturnedScreen.qml" line="98"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <location filename="../../qml/screens/LibraryScreen.qml" line="14"/>
        <source>Book corner</source>
        <translation>图书角</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryScreen.qml" line="15"/>
        <source>Read a good book every term!</source>
        <translation>每学期读一本好书！</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryScreen.qml" line="32"/>
        <source>Borrow a book</source>
        <translation>借书</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/screens/LibraryScreen.qml" line="33"/>
        <source>Up to %n book(s), for %1 days</source>
        <translation>
            <numerusform>最多借 %n 本，可借 %1 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryScreen.qml" line="43"/>
        <source>Bring a book back</source>
        <translation>还书</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryScreen.qml" line="44"/>
        <source>Show its sticker to the camera</source>
        <translation>把书的标签对准摄像头</translation>
    </message>
</context>
<context>
    <name>LibraryShelfScreen</name>
    <message>
        <location filename="../../qml/screens/LibraryShelfScreen.qml" line="19"/>
        <source>Hello %1! Which book?</source>
        <translation>%1，你好！想借哪本书？</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryShelfScreen.qml" line="20"/>
        <source>Show the sticker on the back of the book, or tap its cover.</source>
        <translation>把书背后的标签对准摄像头，或者点书的封面。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryShelfScreen.qml" line="25"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryShelfScreen.qml" line="25"/>
        <source>Find</source>
        <translation>找书</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryShelfScreen.qml" line="56"/>
        <source>No books at home yet.</source>
        <translation>家里还没有借的书。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryShelfScreen.qml" line="56"/>
        <source>At home:</source>
        <translation>借回家的书：</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryShelfScreen.qml" line="99"/>
        <source>Was due %1</source>
        <translation>%1 就该还了</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryShelfScreen.qml" line="99"/>
        <source>Back by %1</source>
        <translation>%1 前还</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryShelfScreen.qml" line="108"/>
        <source>Longer</source>
        <translation>续借</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryShelfScreen.qml" line="137"/>
        <source>Type the title in pinyin: xiyouji, or xyj</source>
        <translation>用拼音输入书名：xiyouji 或 xyj</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryShelfScreen.qml" line="190"/>
        <source>%1 (all borrowed)</source>
        <translation>%1（都借出去了）</translation>
    </message>
</context>
<context>
    <name>LibraryStocktakeScreen</name>
    <message>
        <location filename="../../qml/screens/LibraryStocktakeScreen.qml" line="16"/>
        <source>Stocktake: %1 of %2</source>
        <translation>盘点：%1 / %2</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryStocktakeScreen.qml" line="17"/>
        <source>Scan the sticker of every book on the shelf. It is kept if you stop halfway.</source>
        <translation>扫描书架上每一本书的标签。中途停下也会保存进度。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryStocktakeScreen.qml" line="22"/>
        <source>Finish</source>
        <translation>完成盘点</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryStocktakeScreen.qml" line="47"/>
        <source>Waiting for the first book…</source>
        <translation>等待扫描第一本书……</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/screens/LibraryStocktakeScreen.qml" line="57"/>
        <source>%n book(s) found on the shelf that are still on a child&apos;s list.</source>
        <translation>
            <numerusform>有 %n 本书在书架上，但仍记在孩子的借书单上。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/screens/LibraryStocktakeScreen.qml" line="74"/>
        <source>Not found yet: %n</source>
        <translation>
            <numerusform>还没找到：%n 本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryStocktakeScreen.qml" line="118"/>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
</context>
<context>
    <name>LibraryTitleScreen</name>
    <message>
        <location filename="../../qml/screens/LibraryTitleScreen.qml" line="58"/>
        <source>A new book</source>
        <translation>一本新书</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryTitleScreen.qml" line="59"/>
        <source>Scan the ISBN on the back cover, or type it.</source>
        <translation>扫描封底的 ISBN，或者手动输入。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryTitleScreen.qml" line="59"/>
        <source>ISBN %1</source>
        <translation>ISBN %1</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryTitleScreen.qml" line="64"/>
        <source>Keyboard away</source>
        <translation>收起键盘</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryTitleScreen.qml" line="77"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryTitleScreen.qml" line="96"/>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryTitleScreen.qml" line="103"/>
        <source>Title</source>
        <translation>书名</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryTitleScreen.qml" line="109"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryTitleScreen.qml" line="115"/>
        <source>Publisher</source>
        <translation>出版社</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryTitleScreen.qml" line="121"/>
        <source>Age band</source>
        <translation>适读年龄</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryTitleScreen.qml" line="127"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryTitleScreen.qml" line="135"/>
        <source>Copies</source>
        <translation>册数</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryTitleScreen.qml" line="187"/>
        <source>Photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryTitleScreen.qml" line="196"/>
        <source>File</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Cover photo</source>
        <translation type="vanished">拍封面</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryTitleScreen.qml" line="260"/>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryTitleScreen.qml" line="268"/>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryTitleScreen.qml" line="276"/>
        <source>Found</source>
        <translation>找到了</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryTitleScreen.qml" line="291"/>
        <source>One more copy</source>
        <translation>再加一册</translation>
    </message>
    <message>
        <location filename="../../qml/screens/LibraryTitleScreen.qml" line="300"/>
        <source>Print labels</source>
        <translation>打印标签</translation>
    </message>
</context>
<context>
    <name>MailCareScreen</name>
    <message>
        <location filename="../../qml/screens/MailCareScreen.qml" line="17"/>
        <source>Who needs me this week</source>
        <translation>这周谁需要我</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailCareScreen.qml" line="18"/>
        <source>Sad or worried faces several visits in a row come first, then children who stopped coming.</source>
        <translation>连续几次选了难过或担心表情的孩子排在前面，其次是不再来的孩子。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailCareScreen.qml" line="35"/>
        <source>Nobody stands out this week.</source>
        <translation>这周没有需要特别留意的孩子。</translation>
    </message>
</context>
<context>
    <name>MailInboxScreen</name>
    <message numerus="yes">
        <location filename="../../qml/screens/MailInboxScreen.qml" line="17"/>
        <source>Letters (%n)</source>
        <translation>
            <numerusform>来信（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/screens/MailInboxScreen.qml" line="18"/>
        <source>%n letter(s) need follow-up.</source>
        <translation>
            <numerusform>%n 封信需要跟进。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailInboxScreen.qml" line="18"/>
        <source>Locks itself when left alone.</source>
        <translation>无人操作时会自动上锁。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailInboxScreen.qml" line="23"/>
        <source>Who needs me</source>
        <translation>谁需要我</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailInboxScreen.qml" line="30"/>
        <source>Lock</source>
        <translation>上锁</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailInboxScreen.qml" line="49"/>
        <source>No letters yet.</source>
        <translation>还没有来信。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailInboxScreen.qml" line="84"/>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
</context>
<context>
    <name>MailLetterScreen</name>
    <message>
        <location filename="../../qml/screens/MailLetterScreen.qml" line="34"/>
        <source>Follow-up ✓</source>
        <translation>已标记跟进 ✓</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailLetterScreen.qml" line="34"/>
        <source>Needs follow-up</source>
        <translation>需要跟进</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailLetterScreen.qml" line="45"/>
        <source>Answer</source>
        <translation>回信</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailLetterScreen.qml" line="53"/>
        <source>Send the answer</source>
        <translation>寄出回信</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailLetterScreen.qml" line="95"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailLetterScreen.qml" line="95"/>
        <source>Listen (%1 s)</source>
        <translation>听一听（%1 秒）</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailLetterScreen.qml" line="118"/>
        <source>(No words: a voice message.)</source>
        <translation>（没有文字：这是一条语音留言。）</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailLetterScreen.qml" line="137"/>
        <source>Your answers</source>
        <translation>你的回信</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailLetterScreen.qml" line="137"/>
        <source>No answer yet.</source>
        <translation>还没有回信。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailLetterScreen.qml" line="165"/>
        <source> · read</source>
        <translation> · 已读</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailLetterScreen.qml" line="165"/>
        <source> · not read yet</source>
        <translation> · 还没读</translation>
    </message>
</context>
<context>
    <name>MailPicturesScreen</name>
    <message>
        <location filename="../../qml/screens/MailPicturesScreen.qml" line="15"/>
        <source>You have an answer!</source>
        <translation>你有一封回信！</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailPicturesScreen.qml" line="15"/>
        <source>Your secret pictures</source>
        <translation>你的秘密图片</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailPicturesScreen.qml" line="16"/>
        <source>Only you can open it.</source>
        <translation>只有你能打开。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailPicturesScreen.qml" line="16"/>
        <source>Remember them, and tell nobody.</source>
        <translation>记住它们，不要告诉别人。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailPicturesScreen.qml" line="22"/>
        <source>Send without</source>
        <translation>不选图片，直接寄出</translation>
    </message>
</context>
<context>
    <name>MailRecordScreen</name>
    <message>
        <location filename="../../qml/screens/MailRecordScreen.qml" line="15"/>
        <source>Say it with your voice</source>
        <translation>用声音说出来</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/screens/MailRecordScreen.qml" line="16"/>
        <source>Up to %n minute(s). Only %1 will hear it.</source>
        <translation>
            <numerusform>最长 %n 分钟。只有%1会听到。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailRecordScreen.qml" line="22"/>
        <source>Send</source>
        <translation>寄出</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailRecordScreen.qml" line="60"/>
        <location filename="../../qml/screens/MailRecordScreen.qml" line="96"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailRecordScreen.qml" line="60"/>
        <source>Start speaking</source>
        <translation>开始说话</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailRecordScreen.qml" line="85"/>
        <source>I am listening… Tap the red button when you are done.</source>
        <translation>我在听……说完了就点红色按钮。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailRecordScreen.qml" line="85"/>
        <source>Listen to it, speak again, or send it.</source>
        <translation>可以听一听、重新说，或者寄出。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailRecordScreen.qml" line="85"/>
        <source>Tap the blue button and speak.</source>
        <translation>点蓝色按钮，然后说话。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailRecordScreen.qml" line="96"/>
        <source>Listen</source>
        <translation>听一听</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailRecordScreen.qml" line="103"/>
        <source>Delete it</source>
        <translation>删掉</translation>
    </message>
</context>
<context>
    <name>MailRecoveryScreen</name>
    <message>
        <location filename="../../qml/screens/MailRecoveryScreen.qml" line="18"/>
        <source>Write down your recovery code</source>
        <translation>请抄下恢复码</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailRecoveryScreen.qml" line="29"/>
        <source>If you forget your passphrase, this code is the only way to open the letters. Copy it onto paper now and keep it locked away, not near the kiosk. It is shown only this once.</source>
        <translation>如果忘了密语，这个恢复码是打开信件的唯一办法。请现在抄在纸上，锁好保管，不要放在一体机旁边。它只显示这一次。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailRecoveryScreen.qml" line="55"/>
        <source>The code has no 0, O, 1, I or L, so it cannot be misread.</source>
        <translation>恢复码里没有 0、O、1、I、L，不会看错。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailRecoveryScreen.qml" line="66"/>
        <source>I have written it down</source>
        <translation>我已经抄好了</translation>
    </message>
</context>
<context>
    <name>MailReplyScreen</name>
    <message>
        <location filename="../../qml/screens/MailReplyScreen.qml" line="14"/>
        <source>%1 wrote to you</source>
        <translation>%1给你写了回信</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailReplyScreen.qml" line="64"/>
        <source>Done</source>
        <translation>看完了</translation>
    </message>
</context>
<context>
    <name>MailSentScreen</name>
    <message>
        <location filename="../../qml/screens/MailSentScreen.qml" line="30"/>
        <source>Your letter is in the box.</source>
        <translation>你的信已经放进信箱了。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailSentScreen.qml" line="42"/>
        <source>Only %1 reads it. Thank you for telling.</source>
        <translation>只有%1会看。谢谢你愿意说出来。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailSentScreen.qml" line="53"/>
        <source>OK</source>
        <translation>好的</translation>
    </message>
</context>
<context>
    <name>MailSetupScreen</name>
    <message>
        <location filename="../../qml/screens/MailSetupScreen.qml" line="39"/>
        <source>Set up the secret mailbox</source>
        <translation>设置悄悄话信箱</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailSetupScreen.qml" line="40"/>
        <source>For the counselor: only you will be able to open the letters.</source>
        <translation>请心理老师本人设置：只有你能打开信件。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailSetupScreen.qml" line="53"/>
        <source>Your name, as the children know it</source>
        <translation>你的称呼（孩子们怎么叫你）</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailSetupScreen.qml" line="54"/>
        <source>王老师</source>
        <translation>王老师</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailSetupScreen.qml" line="63"/>
        <source>Passphrase (%1 or more letters)</source>
        <translation>密语（至少 %1 个字）</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailSetupScreen.qml" line="72"/>
        <source>The passphrase again</source>
        <translation>再输一次密语</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailSetupScreen.qml" line="86"/>
        <source>Unlocking takes about a second: that makes guessing slow.</source>
        <translation>每次开锁大约要一秒钟，这样别人很难猜中。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailSetupScreen.qml" line="94"/>
        <source>Make the keys</source>
        <translation>生成钥匙</translation>
    </message>
</context>
<context>
    <name>MailUnlockScreen</name>
    <message>
        <location filename="../../qml/screens/MailUnlockScreen.qml" line="26"/>
        <source>Open with the recovery code</source>
        <translation>用恢复码打开</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailUnlockScreen.qml" line="26"/>
        <source>Open the secret mailbox</source>
        <translation>打开悄悄话信箱</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailUnlockScreen.qml" line="27"/>
        <source>For %1 only. Every opening is written in the mailbox log.</source>
        <translation>仅限%1。每次打开都会记在信箱日志里。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailUnlockScreen.qml" line="41"/>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailUnlockScreen.qml" line="50"/>
        <source>A new passphrase</source>
        <translation>新的密语</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailUnlockScreen.qml" line="50"/>
        <source>Passphrase</source>
        <translation>密语</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailUnlockScreen.qml" line="61"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailUnlockScreen.qml" line="89"/>
        <source>I know my passphrase</source>
        <translation>我记得密语</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailUnlockScreen.qml" line="89"/>
        <source>Forgot the passphrase?</source>
        <translation>忘了密语？</translation>
    </message>
</context>
<context>
    <name>MailWhoScreen</name>
    <message>
        <location filename="../../qml/screens/MailWhoScreen.qml" line="15"/>
        <source>Secret mailbox</source>
        <translation>悄悄话信箱</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailWhoScreen.qml" line="16"/>
        <source>Only %1 reads what you write here.</source>
        <translation>你在这里写的话，只有%1会看。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailWhoScreen.qml" line="32"/>
        <source>With my name</source>
        <translation>写上我的名字</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailWhoScreen.qml" line="33"/>
        <source>%1 can write back to you</source>
        <translation>%1可以给你回信</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailWhoScreen.qml" line="42"/>
        <source>Without my name</source>
        <translation>不写名字</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailWhoScreen.qml" line="43"/>
        <source>Nobody will know it was you</source>
        <translation>没有人会知道是你写的</translation>
    </message>
</context>
<context>
    <name>MailWriteScreen</name>
    <message>
        <location filename="../../qml/screens/MailWriteScreen.qml" line="15"/>
        <source>Dear %1,</source>
        <translation>亲爱的%1：</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailWriteScreen.qml" line="16"/>
        <source>Without your name</source>
        <translation>不写名字</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailWriteScreen.qml" line="16"/>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailWriteScreen.qml" line="21"/>
        <source>My voice ✓</source>
        <translation>我的声音 ✓</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailWriteScreen.qml" line="21"/>
        <source>Speak</source>
        <translation>说话</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailWriteScreen.qml" line="28"/>
        <source>Send</source>
        <translation>寄出</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailWriteScreen.qml" line="78"/>
        <source>Write what you want to say. Type pinyin, then tap the characters.</source>
        <translation>写下你想说的话。先打拼音，再点要的字。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/screens/MailWriteScreen.qml" line="90"/>
        <source>%n character(s) left</source>
        <translation>
            <numerusform>还能写 %n 个字</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailWriteScreen.qml" line="106"/>
        <source>How do you feel?</source>
        <translation>你现在心情怎么样？</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MailWriteScreen.qml" line="128"/>
        <source>Feeling %1 of 5</source>
        <translation>心情 %1（共 5 种）</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="16"/>
        <source>Qinqing Family Room</source>
        <translation>亲情之家</translation>
    </message>
</context>
<context>
    <name>MessageOverlay</name>
    <message>
        <location filename="../../qml/components/MessageOverlay.qml" line="45"/>
        <source>OK</source>
        <translation>好的</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/user_messages.cpp" line="11"/>
        <source>The kiosk&apos;s storage is full, so this was not saved. Please tell the duty teacher.</source>
        <translation>机器的存储空间满了，这次没有保存。请告诉值班老师。</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_messages.cpp" line="14"/>
        <source>The kiosk is busy. Please try again in a moment.</source>
        <translation>机器正忙，请等一下再试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_messages.cpp" line="16"/>
        <source>The kiosk cannot write its data folder, so this was not saved. Please tell the duty teacher.</source>
        <translation>机器无法写入数据文件夹，这次没有保存。请告诉值班老师。</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_messages.cpp" line="19"/>
        <source>The kiosk&apos;s data file is damaged, so this was not saved. Please tell the duty teacher.</source>
        <translation>机器的数据文件损坏了，这次没有保存。请告诉值班老师。</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_messages.cpp" line="24"/>
        <source>This was not saved because of a problem in the kiosk. Please tell the duty teacher.</source>
        <translation>机器出了点问题，这次没有保存。请告诉值班老师。</translation>
    </message>
    <message>
        <location filename="../../app/ui/user_messages.cpp" line="31"/>
        <source>We could not find this child on the roster. Please tell the duty teacher.</source>
        <translation>名单上找不到这个孩子。请告诉值班老师。</translation>
    </message>
</context>
<context>
    <name>MoodScreen</name>
    <message>
        <location filename="../../qml/screens/MoodScreen.qml" line="24"/>
        <source>How do you feel today, %1?</source>
        <translation>%1，你今天心情怎么样？</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MoodScreen.qml" line="38"/>
        <source>Very happy</source>
        <translation>很开心</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MoodScreen.qml" line="41"/>
        <source>Happy</source>
        <translation>开心</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MoodScreen.qml" line="44"/>
        <source>So-so</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MoodScreen.qml" line="47"/>
        <source>Sad</source>
        <translation>难过</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MoodScreen.qml" line="50"/>
        <source>Very sad</source>
        <translation>很难过</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MoodScreen.qml" line="101"/>
        <source>Only the counselor sees your answer.</source>
        <translation>只有心理老师能看到你的回答。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/MoodScreen.qml" line="110"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
</context>
<context>
    <name>PictureCode</name>
    <message>
        <location filename="../../qml/components/PictureCode.qml" line="84"/>
        <source>Take back</source>
        <translation>退回一个</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../qml/components/PinPad.qml" line="44"/>
        <source>OK</source>
        <translation>好的</translation>
    </message>
</context>
<context>
    <name>PinyinKeyboard</name>
    <message>
        <location filename="../../qml/components/PinyinKeyboard.qml" line="42"/>
        <source>pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../qml/components/PinyinKeyboard.qml" line="84"/>
        <source>More characters</source>
        <translation>更多的字</translation>
    </message>
    <message>
        <location filename="../../qml/components/PinyinKeyboard.qml" line="122"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../qml/components/PinyinKeyboard.qml" line="154"/>
        <source>space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../qml/components/PinyinKeyboard.qml" line="171"/>
        <source>new line</source>
        <translation>换行</translation>
    </message>
</context>
<context>
    <name>QqHeader</name>
    <message>
        <location filename="../../qml/components/QqHeader.qml" line="34"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>QqSpeakButton</name>
    <message>
        <location filename="../../qml/components/QqSpeakButton.qml" line="23"/>
        <source>Read aloud</source>
        <translation>读出来</translation>
    </message>
</context>
<context>
    <name>QqTile</name>
    <message>
        <location filename="../../qml/components/QqTile.qml" line="82"/>
        <source>Coming soon</source>
        <translation>即将开放</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <location filename="../../app/core/roster.cpp" line="283"/>
        <source>The name is empty.</source>
        <translation>姓名是空的。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster.cpp" line="286"/>
        <source>The name is longer than %1 characters.</source>
        <translation>姓名超过了 %1 个字。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster.cpp" line="288"/>
        <source>Choose girl or boy.</source>
        <translation>请选择女或男。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster.cpp" line="290"/>
        <source>The birth date is missing.</source>
        <translation>缺少出生日期。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster.cpp" line="292"/>
        <source>A pupil is between %1 and %2 years old; the birth date %3 does not fit.</source>
        <translation>学生的年龄在 %1 到 %2 岁之间，出生日期 %3 不对。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster.cpp" line="325"/>
        <source>This child is not on the roster.</source>
        <translation>名单上没有这个孩子。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster.cpp" line="337"/>
        <source>The card %1 belongs to %2 already. Nothing was changed.</source>
        <translation>卡 %1 已经是 %2 的了。没有做任何修改。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster.cpp" line="350"/>
        <source>This class is not on the roster.</source>
        <translation>名单上没有这个班级。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster.cpp" line="403"/>
        <source>Write who gave the consent.</source>
        <translation>请写上是谁同意的。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster.cpp" line="406"/>
        <source>The day of the consent cannot be in the future.</source>
        <translation>同意的日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster.cpp" line="451"/>
        <source>Each guardian needs a name, a relationship or a phone.</source>
        <translation>每位监护人都要有姓名、关系或电话。</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <location filename="../../app/core/csv_reader.cpp" line="96"/>
        <source>The file is saved as UTF-16 (&quot;Unicode text&quot;). Please save it as CSV (UTF-8) or CSV (GBK).</source>
        <translation>这个文件是 UTF-16（&quot;Unicode 文本&quot;）格式。请另存为 CSV（UTF-8）或 CSV（GBK）。</translation>
    </message>
    <message>
        <location filename="../../app/core/csv_reader.cpp" line="106"/>
        <source>This is a spreadsheet workbook (.xlsx or .xls), not a CSV file. In WPS or Excel choose Save As, then CSV, and try again.</source>
        <translation>这是表格工作簿（.xlsx 或 .xls），不是 CSV 文件。请在 WPS 或 Excel 里选“另存为”，选 CSV，再试一次。</translation>
    </message>
    <message>
        <location filename="../../app/core/csv_reader.cpp" line="125"/>
        <source>This kiosk cannot read GBK files. Please save the file as CSV (UTF-8).</source>
        <translation>这台机器读不了 GBK 文件，请另存为 CSV（UTF-8）。</translation>
    </message>
    <message>
        <location filename="../../app/core/csv_reader.cpp" line="132"/>
        <source>The file is not in an encoding the kiosk knows (from line %1). Please save it as CSV (UTF-8) or CSV (GBK).</source>
        <translation>文件的编码无法识别（从第 %1 行起）。请另存为 CSV（UTF-8）或 CSV（GBK）。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_file.cpp" line="26"/>
        <location filename="../../app/core/roster_import_file.cpp" line="37"/>
        <source>The file could not be opened: %1</source>
        <translation>文件打不开：%1</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_file.cpp" line="220"/>
        <source>The column mapping is not in the expected form, e.g. {&quot;columns&quot;: {&quot;家长电话&quot;: &quot;father_phone&quot;, &quot;备注&quot;: &quot;skip&quot;}}.</source>
        <translation>列对应文件的格式不对，应该像这样：{&quot;columns&quot;: {&quot;家长电话&quot;: &quot;father_phone&quot;, &quot;备注&quot;: &quot;skip&quot;}}。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_file.cpp" line="234"/>
        <source>In the column mapping, &quot;%1&quot; is given &quot;%2&quot;, which is no column the kiosk knows. Use one of: %3.</source>
        <translation>列对应文件里，“%1”对应的“%2”不是亲情机认识的列。请用以下之一：%3。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="49"/>
        <location filename="../../app/core/roster_import_file.cpp" line="31"/>
        <source>The file is too big for a roster (more than 20 MB).</source>
        <translation>文件太大了（超过 20 MB），不像是一份名单。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="66"/>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="76"/>
        <source>Line %1 is far too long (over 64 KB) to be the header or a title.</source>
        <translation>第 %1 行太长了（超过 64 KB），不可能是表头或标题。</translation>
    </message>
    <message>
        <source>The first line is far too long to be a header.</source>
        <translation type="vanished">第一行太长了，不像是表头。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="97"/>
        <source>Columns missing: %1. The first line must name the columns, e.g. 姓名,性别,出生日期,班级.</source>
        <translation>缺少这些列：%1。第一行要写列名，例如：姓名,性别,出生日期,班级。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="105"/>
        <source>These columns appear twice: %1. Keep one of each.</source>
        <translation>这些列出现了两次：%1。每列只保留一个。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/core/roster_import.cpp" line="110"/>
        <source>%n line(s) above the column names were skipped.</source>
        <translation>
            <numerusform>列名上面的 %n 行已跳过。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="114"/>
        <source>Columns not used: %1</source>
        <translation>这些列不会导入：%1</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="117"/>
        <source>%1 was not imported, on purpose: the room does not need the children&apos;s ID numbers, so the kiosk does not keep them.</source>
        <translation>“%1”特意没有导入：亲情之家用不到孩子的身份证号，机器不保存身份证号。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="123"/>
        <source>%1 was not imported: the kiosk has no place for it yet. Children are found again by %2, or by name and birth date.</source>
        <translation>“%1”没有导入：机器里暂时没有地方存它。再次导入时，按%2或姓名加出生日期找到同一个孩子。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="137"/>
        <source>%1 was not imported: the file does not say whose it is. Add the guardian&apos;s name (%2), relationship (%3) or phone (%4) to keep it.</source>
        <translation>“%1”没有导入：文件里看不出是谁的。加上监护人的姓名（%2）、关系（%3）或电话（%4）这一列，就能一起导入。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="144"/>
        <source>%1 was not used: the file has %2 and %3.</source>
        <translation>“%1”没有使用：文件里已经有“%2”和“%3”。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="149"/>
        <source>The file has only the header line, no children.</source>
        <translation>文件只有表头，没有儿童。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="206"/>
        <source>The same child as on line %1.</source>
        <translation>和第 %1 行是同一个孩子。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="213"/>
        <source>%1 values such as &quot;%2&quot; are not ids from this kiosk and were not used; those children are matched by card code, or by name and birth date.</source>
        <translation>像“%2”这样的%1不是这台设备的编号，没有使用；这些孩子按卡号或姓名加出生日期来对应。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="227"/>
        <source>Nothing was imported: no child in the file is both new or changed and without a problem.</source>
        <translation>没有导入：文件里没有既是新增或有改动、又没有问题的孩子。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="235"/>
        <source>Nothing to import: every child in the file is on the roster as written.</source>
        <translation>没有需要导入的：文件里的每个孩子都已经在名单上，信息一样。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="244"/>
        <source>The roster changed since the preview. Nothing was imported; please check the file again.</source>
        <translation>预览之后名单有了变化。没有导入任何内容，请重新检查文件。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="286"/>
        <source>Nothing was imported (line %1): %2</source>
        <translation>没有导入任何内容（第 %1 行）：%2</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="43"/>
        <source>%1 &quot;%2&quot; has a ? where the spreadsheet could not save a rare character. It is imported as written: type the name on the kiosk, in the child&apos;s file.</source>
        <translation>%1“%2”里有个“?”：表格软件存不下一个生僻字，就换成了问号。先按原样导入，请在机器上打开这个孩子的档案，把名字改正。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="56"/>
        <source>%1 &quot;%2&quot; looks like a Qinqing card with one character wrong. Copy the code again from the card, or empty the cell and make a new card on the kiosk.</source>
        <translation>%1“%2”像是亲情卡的卡号，但有一个字符不对。请照着卡片重新抄一遍，或者把这一格清空，在机器上重新制作一张卡。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="62"/>
        <source>%1 &quot;%2&quot; is too short for a card number (at least 4 characters). Is this the right column? Empty the cell if the child has no card.</source>
        <translation>%1“%2”太短，不像卡号（至少 4 个字符）。是不是列弄错了？孩子没有卡的话，请把这一格清空。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="67"/>
        <source>%1 &quot;%2&quot; is longer than 32 characters, too long for a card number. Is this the right column?</source>
        <translation>%1“%2”超过 32 个字符，卡号没有这么长。是不是列弄错了？</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="73"/>
        <source>%1 &quot;%2&quot; has characters a card scanner cannot send (only letters, digits and signs such as - or _). Type the card number again.</source>
        <translation>%1“%2”里有扫码枪打不出来的字符（卡号只能有字母、数字和 - 或 _ 这样的符号）。请重新输入卡号。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="78"/>
        <source>%1 &quot;%2&quot; is a book&apos;s barcode or a web address, not a card number. Empty the cell or type the child&apos;s card number.</source>
        <translation>%1“%2”是图书条码或网址，不是卡号。请清空这一格，或填上孩子的卡号。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="152"/>
        <source>This line is far too long (over 64 KB); is it really one child?</source>
        <translation>这一行太长了（超过 64 KB），不像是一名儿童的信息。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="157"/>
        <source>A quote (&quot;) opened on this line is never closed, so the rest of the file became one cell.</source>
        <translation>这一行的引号（&quot;）没有配对，后面的内容都变成了一个格子。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="162"/>
        <source>%1 cells, but the header has %2 columns. A cell may hold a comma: check this line in the spreadsheet.</source>
        <translation>这一行有 %1 格，表头只有 %2 列。可能某一格里有逗号，请在表格里检查这一行。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="172"/>
        <source>%1 is empty. Type the child&apos;s name.</source>
        <translation>%1是空的，请填上孩子的姓名。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="176"/>
        <location filename="../../app/core/roster_import_rows.cpp" line="229"/>
        <source>%1 is longer than 32 characters. Is this the right column?</source>
        <translation>%1超过 32 个字。是不是列弄错了？</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="184"/>
        <source>%1 is empty. Type 男 or 女.</source>
        <translation>%1是空的，请填“男”或“女”。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="194"/>
        <source>%1 is empty. Type the birth date, e.g. 2015-03-07.</source>
        <translation>%1是空的，请填上出生日期，例如 2015-03-07。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="197"/>
        <source>%1 &quot;%2&quot; has the year and month but not the day. Type the whole birth date, e.g. 2015-03-07: the birthday is celebrated on that day.</source>
        <translation>%1“%2”只有年和月，没有日。请填完整的出生日期，例如 2015-03-07：孩子的生日要在那一天过。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="203"/>
        <source>%1 &quot;%2&quot; is not a date the kiosk can read. Type it year first, e.g. 2015-03-07.</source>
        <translation>%1“%2”不是机器能认的日期。请按年月日的顺序填写，例如 2015-03-07。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="208"/>
        <source>%1 &quot;%2&quot;: a pupil is between 3 and 20 years old. Check the year.</source>
        <translation>%1“%2”：学生年龄应在 3 到 20 岁之间，请检查年份。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="213"/>
        <source>%1 &quot;%2&quot; was read as %3 (month/day/year, as an English Excel writes it). If the day comes first in this file, correct the date before importing.</source>
        <translation>%1“%2”按“月/日/年”（英文版 Excel 的写法）读成了 %3。如果这个文件里是日在前，请先改正日期再导入。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="225"/>
        <source>%1 is empty. Type the child&apos;s class.</source>
        <translation>%1是空的，请填上孩子的班级。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="280"/>
        <source>%1 &quot;%2&quot; is not a phone number. Type digits only, like 138 0000 0000, or empty the cell.</source>
        <translation>%1“%2”不是电话号码。请只填数字，例如 138 0000 0000，或者把这一格清空。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="292"/>
        <source>%1 &quot;%2&quot; is not an age. Type a number such as 65, or empty the cell.</source>
        <translation>%1“%2”不是年龄。请填一个数字，例如 65，或者把这一格清空。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="418"/>
        <source>%1 is empty, but other details of that person are given. Type the name, or who the person is in %2 (e.g. 奶奶), or the phone.</source>
        <translation>%1是空的，但填了这个人的其他信息。请填上姓名，或在“%2”里写明是谁（例如：奶奶），或填上电话。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="187"/>
        <source>%1 &quot;%2&quot; should be 男 or 女.</source>
        <translation>%1&quot;%2&quot;应为男或女。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="237"/>
        <location filename="../../app/core/roster_import_rows.cpp" line="274"/>
        <source>%1 &quot;%2&quot; was shortened by the spreadsheet. Format the column as text, type the number again and save.</source>
        <translation>%1“%2”被表格软件缩写了。请把这一列设为文本格式，重新输入号码后保存。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="341"/>
        <source>Several children on the roster are called %1 and were born on %2. Add the %3 column from an export of the roster to tell them apart.</source>
        <translation>名单上有好几个孩子叫 %1，而且都出生于 %2。请加上从名单导出的“%3”列来区分他们。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="196"/>
        <location filename="../../app/core/roster_import.cpp" line="201"/>
        <source>%1 &quot;%2&quot; is also on line %3.</source>
        <translation>%1&quot;%2&quot;在第 %3 行也出现了。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="309"/>
        <source>%1 &quot;%2&quot; is not on the roster; leave it empty for a new child.</source>
        <translation>%1&quot;%2&quot;不在名单上；新儿童请留空。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import_rows.cpp" line="325"/>
        <location filename="../../app/core/roster_import_rows.cpp" line="349"/>
        <source>%1 &quot;%2&quot; belongs to %3 already.</source>
        <translation>%1&quot;%2&quot;已经属于%3。</translation>
    </message>
    <message>
        <source>Another line of the file is the same child.</source>
        <translation type="vanished">文件里另一行也是这名儿童。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="226"/>
        <location filename="../../app/core/roster_import.cpp" line="234"/>
        <source>Nothing was imported: the file still has problems.</source>
        <translation>没有导入：文件里还有问题。</translation>
    </message>
    <message>
        <source>The roster changed since the preview (line %1). Please choose the file again.</source>
        <translation type="vanished">预览之后名单有了变化（第 %1 行）。请重新选择文件。</translation>
    </message>
    <message>
        <source>The roster changed since the preview (a card code is now taken). Please choose the file again.</source>
        <translation type="vanished">预览之后名单有了变化（有卡号已被占用）。请重新选择文件。</translation>
    </message>
    <message>
        <location filename="../../app/core/roster_import.cpp" line="293"/>
        <source>Nothing was imported: the kiosk could not save (%1).</source>
        <translation>没有导入：机器无法保存（%1）。</translation>
    </message>
</context>
<context>
    <name>RosterScreen</name>
    <message>
        <location filename="../../qml/screens/RosterScreen.qml" line="18"/>
        <source>Children and cards</source>
        <translation>儿童和卡片</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/screens/RosterScreen.qml" line="19"/>
        <source>%n child(ren) on the roster</source>
        <translation>
            <numerusform>名单上共 %n 名儿童</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/screens/RosterScreen.qml" line="19"/>
        <source>guardian&apos;s consent not recorded for %n</source>
        <translation>
            <numerusform>%n 人还没有登记监护人同意书</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/screens/RosterScreen.qml" line="39"/>
        <source>Find: name or pinyin letters</source>
        <translation>查找：姓名或拼音字母</translation>
    </message>
    <message>
        <location filename="../../qml/screens/RosterScreen.qml" line="97"/>
        <source>Card ✓</source>
        <translation>有卡 ✓</translation>
    </message>
    <message>
        <location filename="../../qml/screens/RosterScreen.qml" line="97"/>
        <source>No card</source>
        <translation>无卡</translation>
    </message>
    <message>
        <location filename="../../qml/screens/RosterScreen.qml" line="120"/>
        <source>Add a child</source>
        <translation>添加儿童</translation>
    </message>
    <message>
        <location filename="../../qml/screens/RosterScreen.qml" line="128"/>
        <source>Import roster</source>
        <translation>导入名单</translation>
    </message>
    <message>
        <location filename="../../qml/screens/RosterScreen.qml" line="136"/>
        <source>Print all cards</source>
        <translation>打印全部卡片</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <location filename="../../qml/screens/ScanScreen.qml" line="14"/>
        <source>Show your card</source>
        <translation>刷卡</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ScanScreen.qml" line="15"/>
        <source>Hold it still in front of the camera</source>
        <translation>把卡放在摄像头前，别动</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ScanScreen.qml" line="91"/>
        <source>The square side of the card goes towards the camera.</source>
        <translation>把卡上有方块码的一面对着摄像头。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/ScanScreen.qml" line="103"/>
        <source>Type my name</source>
        <translation>输入名字</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../qml/screens/SearchScreen.qml" line="16"/>
        <source>Type your name in pinyin</source>
        <translation>用拼音输入你的名字</translation>
    </message>
    <message>
        <location filename="../../qml/screens/SearchScreen.qml" line="17"/>
        <source>The first letters are enough: zxm for 张小明</source>
        <translation>输入首字母就行：张小明 打 zxm</translation>
    </message>
    <message>
        <location filename="../../qml/screens/SearchScreen.qml" line="52"/>
        <source>Letters of your name…</source>
        <translation>名字的拼音字母…</translation>
    </message>
    <message>
        <location filename="../../qml/screens/SearchScreen.qml" line="124"/>
        <source>Your photo shows up here as you type.</source>
        <translation>一边打字，你的照片就会出现在这里。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/SearchScreen.qml" line="124"/>
        <source>No one found. Try fewer letters, or go back and tap your class.</source>
        <translation>没有找到。少打几个字母试试，或者返回点你的班级。</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../app/shell/shell.cpp" line="63"/>
        <source>This data folder was written by a newer version of Qinqing. Please install that version. The data has not been changed.</source>
        <translation>这个数据文件夹是由更新版本的亲情之家程序写入的。请安装那个版本。数据没有被改动。</translation>
    </message>
</context>
<context>
    <name>SyncBundle</name>
    <message>
        <location filename="../../app/core/sync_bundle.cpp" line="72"/>
        <source>There is no key to sign %1 with.</source>
        <translation>没有可以给 %1 签名的钥匙。</translation>
    </message>
    <message>
        <location filename="../../app/core/sync_bundle.cpp" line="102"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/core/sync_bundle.cpp" line="116"/>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/core/sync_bundle.cpp" line="118"/>
        <source>%1 is too large to be a sync file.</source>
        <translation>%1 太大了，不像是同步文件。</translation>
    </message>
    <message>
        <location filename="../../app/core/sync_bundle.cpp" line="123"/>
        <source>%1 is not signed (it was written by an older version): refused, nothing was stored. Export it again with this version.</source>
        <translation>%1 没有签名（是旧版本写的）：已拒绝，什么也没有存。请用这个版本重新导出。</translation>
    </message>
    <message>
        <location filename="../../app/core/sync_bundle.cpp" line="128"/>
        <source>%1 is not a Qinqing sync file.</source>
        <translation>%1 不是亲情小屋的同步文件。</translation>
    </message>
    <message>
        <location filename="../../app/core/sync_bundle.cpp" line="136"/>
        <location filename="../../app/core/sync_bundle.cpp" line="170"/>
        <source>%1 has no signature at line %2: it was cut short, or not written by a kiosk or hub. Refused, nothing was stored.</source>
        <translation>%1 第 %2 行没有签名：文件不完整，或者不是一体机或同步服务器写的。已拒绝，什么也没有存。</translation>
    </message>
    <message>
        <location filename="../../app/core/sync_bundle.cpp" line="143"/>
        <source>%1 is cut short at line %2: copy it again.</source>
        <translation>%1 在第 %2 行被截断了：请重新复制。</translation>
    </message>
    <message>
        <location filename="../../app/core/sync_bundle.cpp" line="153"/>
        <source>%1 is damaged at line %2 (%3): copy it again.</source>
        <translation>%1 在第 %2 行损坏了（%3）：请重新复制。</translation>
    </message>
    <message>
        <location filename="../../app/core/sync_bundle.cpp" line="178"/>
        <source>%1 is signed by %2, whose key is not known here: refused.</source>
        <translation>%1 是 %2 签名的，这里不认识它的钥匙：已拒绝。</translation>
    </message>
    <message>
        <location filename="../../app/core/sync_bundle.cpp" line="186"/>
        <source>%1 is not signed with the key of %2: it was changed after it was written, or made by someone else. Refused, nothing was stored.</source>
        <translation>%1 不是用 %2 的钥匙签名的：文件写好后被改过，或者是别人做的。已拒绝，什么也没有存。</translation>
    </message>
    <message>
        <location filename="../../app/core/sync_bundle.cpp" line="192"/>
        <source>the hub</source>
        <translation>同步服务器</translation>
    </message>
</context>
<context>
    <name>SyncConflictList</name>
    <message numerus="yes">
        <location filename="../../qml/screens/SyncConflictList.qml" line="24"/>
        <source>To look at: %n conflict(s)</source>
        <translation>
            <numerusform>需要查看：%n 处冲突</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/screens/SyncConflictList.qml" line="24"/>
        <source>No conflicts</source>
        <translation>没有冲突</translation>
    </message>
    <message>
        <location filename="../../qml/screens/SyncConflictList.qml" line="33"/>
        <source>When two kiosks lend the same book or book the same call while apart, it shows here. Nothing is lost: both are kept.</source>
        <translation>两台一体机在没联网时借出了同一本书，或约了同一个通话时间，会显示在这里。什么都不会丢：两条记录都留着。</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <location filename="../../app/core/sync_conflicts.cpp" line="65"/>
        <source>“%1” (sticker %2) is lent to %3 children at once.</source>
        <translation>《%1》（标签 %2）同时借给了 %3 个孩子。</translation>
    </message>
    <message>
        <location filename="../../app/core/sync_conflicts.cpp" line="87"/>
        <source>%1, line %2, %3: %4 calls are booked at once.</source>
        <translation>%1 第 %2 条线 %3：同一时间约了 %4 个电话。</translation>
    </message>
    <message>
        <location filename="../../app/core/sync_conflicts.cpp" line="100"/>
        <source>%1 titles have the ISBN %2.</source>
        <translation>有 %1 种书的 ISBN 都是 %2。</translation>
    </message>
    <message>
        <location filename="../../app/core/sync_conflicts.cpp" line="112"/>
        <source>%1 books have the sticker %2.</source>
        <translation>有 %1 本书贴着同一个标签 %2。</translation>
    </message>
    <message>
        <location filename="../../app/core/sync_conflicts.cpp" line="125"/>
        <source>%1 children have the card %2.</source>
        <translation>有 %1 个孩子用同一张卡 %2。</translation>
    </message>
</context>
<context>
    <name>SyncEnrollView</name>
    <message>
        <location filename="../../qml/screens/SyncEnrollView.qml" line="27"/>
        <source>Please scan the QR code on the hub&apos;s page</source>
        <translation>请扫描中心服务器页面上的二维码</translation>
    </message>
    <message>
        <location filename="../../qml/screens/SyncEnrollView.qml" line="36"/>
        <source>The hub&apos;s administrator prints it for this kiosk. Hold it in front of the camera, or read it with a USB scanner.</source>
        <translation>中心服务器的管理员会为这台一体机打印它。把它放在摄像头前，或用 USB 扫码枪扫描。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/SyncEnrollView.qml" line="46"/>
        <source>Or type the text printed under the code</source>
        <translation>或者输入二维码下面印的文字</translation>
    </message>
    <message>
        <location filename="../../qml/screens/SyncEnrollView.qml" line="59"/>
        <source>Join the hub</source>
        <translation>加入中心服务器</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../qml/screens/SyncScreen.qml" line="18"/>
        <source>Sync with the hub</source>
        <translation>与中心服务器同步</translation>
    </message>
    <message>
        <location filename="../../qml/screens/SyncScreen.qml" line="19"/>
        <source>%1  ·  hub %2</source>
        <translation>%1  ·  中心服务器 %2</translation>
    </message>
    <message>
        <location filename="../../qml/screens/SyncScreen.qml" line="19"/>
        <source>This kiosk has not joined a hub yet. It works on its own until then.</source>
        <translation>这台一体机还没有加入中心服务器。在那之前，它自己单独工作。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/SyncScreen.qml" line="26"/>
        <source>Join again</source>
        <translation>重新加入</translation>
    </message>
    <message>
        <location filename="../../qml/screens/SyncScreen.qml" line="38"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SyncStatusView</name>
    <message>
        <location filename="../../qml/screens/SyncStatusView.qml" line="21"/>
        <source>Last sync that worked: %1</source>
        <translation>上次成功同步：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/screens/SyncStatusView.qml" line="30"/>
        <source>Waiting to be sent: %n change(s) made on this kiosk</source>
        <translation>
            <numerusform>等待发送：这台一体机上的 %n 条更改</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/screens/SyncStatusView.qml" line="30"/>
        <source>Everything made on this kiosk has been sent.</source>
        <translation>这台一体机上的所有更改都已发送。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/SyncStatusView.qml" line="63"/>
        <source>The last sync did not work</source>
        <translation>上次同步没成功</translation>
    </message>
    <message>
        <location filename="../../qml/screens/SyncStatusView.qml" line="85"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../qml/screens/SyncStatusView.qml" line="85"/>
        <source>Sync now</source>
        <translation>现在同步</translation>
    </message>
    <message>
        <location filename="../../qml/screens/SyncStatusView.qml" line="111"/>
        <source>No network? Carry the changes on a USB stick:</source>
        <translation>没有网络？用 U 盘带走更改：</translation>
    </message>
    <message>
        <location filename="../../qml/screens/SyncStatusView.qml" line="125"/>
        <source>Save to USB</source>
        <translation>存到 U 盘</translation>
    </message>
    <message>
        <location filename="../../qml/screens/SyncStatusView.qml" line="136"/>
        <source>Read from USB</source>
        <translation>从 U 盘读取</translation>
    </message>
</context>
<context>
    <name>TeacherPinScreen</name>
    <message>
        <location filename="../../qml/screens/TeacherPinScreen.qml" line="14"/>
        <source>Type the new PIN again</source>
        <translation>请再输入一次新密码</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherPinScreen.qml" line="14"/>
        <source>Choose a teacher PIN</source>
        <translation>设置老师密码</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherPinScreen.qml" line="14"/>
        <source>Teacher mode: enter your PIN</source>
        <translation>老师模式：请输入密码</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherPinScreen.qml" line="15"/>
        <source>For the duty teacher only</source>
        <translation>仅限值班老师使用</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherPinScreen.qml" line="44"/>
        <source>I am the counselor: open the mailbox</source>
        <translation>我是心理老师：打开信箱</translation>
    </message>
</context>
<context>
    <name>TeacherRoomScreen</name>
    <message numerus="yes">
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="17"/>
        <source>In the room now: %n child(ren)</source>
        <translation>
            <numerusform>在室儿童：%n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="18"/>
        <source>Visits today: %1  ·  %2</source>
        <translation>今天来访 %1 人次  ·  %2</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="56"/>
        <source>Nobody is in the room.</source>
        <translation>现在室内没有孩子。</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="97"/>
        <source>since %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="105"/>
        <source>Sign out</source>
        <translation>签退</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="123"/>
        <source>Sync failed</source>
        <translation>同步没成功</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="123"/>
        <source>Sync: %n conflict(s)</source>
        <translation>
            <numerusform>同步：%n 处冲突</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="123"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="131"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="131"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="140"/>
        <source>Close the kiosk</source>
        <translation>关闭一体机</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="159"/>
        <source>Sign a child in</source>
        <translation>帮孩子签到</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="167"/>
        <source>Children and cards</source>
        <translation>儿童和卡片</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="179"/>
        <source>Today&apos;s calls</source>
        <translation>今天的通话</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="189"/>
        <source>Books</source>
        <translation>图书角</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="200"/>
        <source>Mailbox: %n waiting</source>
        <translation>
            <numerusform>悄悄话：%n 封待读</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="200"/>
        <source>Set up the mailbox</source>
        <translation>设置悄悄话信箱</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="212"/>
        <source>Export today</source>
        <translation>导出今天</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="221"/>
        <source>Export this month</source>
        <translation>导出本月</translation>
    </message>
    <message>
        <location filename="../../qml/screens/TeacherRoomScreen.qml" line="22"/>
        <source>Leave teacher mode</source>
        <translation>退出老师模式</translation>
    </message>
</context>
<context>
    <name>VisitExport</name>
    <message>
        <location filename="../../app/core/visit_export.cpp" line="20"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/core/visit_export.cpp" line="20"/>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/core/visit_export.cpp" line="21"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/core/visit_export.cpp" line="21"/>
        <source>Signed in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../app/core/visit_export.cpp" line="22"/>
        <source>Signed out</source>
        <translation>签退</translation>
    </message>
    <message>
        <location filename="../../app/core/visit_export.cpp" line="23"/>
        <source>Minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <location filename="../../app/core/visit_export.cpp" line="24"/>
        <source>Signed out by</source>
        <translation>签退方式</translation>
    </message>
    <message>
        <location filename="../../app/core/visit_export.cpp" line="39"/>
        <source>closing time</source>
        <translation>闭室自动签退</translation>
    </message>
    <message>
        <location filename="../../app/core/visit_export.cpp" line="40"/>
        <source>teacher</source>
        <translation>老师</translation>
    </message>
    <message>
        <location filename="../../app/core/visit_export.cpp" line="41"/>
        <source>child</source>
        <translation>本人</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <location filename="../../app/voice/microphone.cpp" line="36"/>
        <source>No microphone was found. Please ask a teacher to plug one in.</source>
        <translation>没有找到麦克风。请老师帮忙接上。</translation>
    </message>
    <message>
        <location filename="../../app/voice/microphone.cpp" line="38"/>
        <source>The microphone could not be opened: it may be in use or not allowed.</source>
        <translation>麦克风打不开：可能正在被使用，或者不允许使用。</translation>
    </message>
    <message>
        <location filename="../../app/voice/microphone.cpp" line="43"/>
        <source>The microphone stopped working. Please ask a teacher.</source>
        <translation>麦克风停止工作了。请找老师帮忙。</translation>
    </message>
    <message>
        <location filename="../../app/voice/voice_player.cpp" line="33"/>
        <source>This voice message is empty.</source>
        <translation>这条语音留言是空的。</translation>
    </message>
    <message>
        <location filename="../../app/voice/voice_player.cpp" line="38"/>
        <source>No speaker was found, so the message cannot be played here.</source>
        <translation>没有找到扬声器，这里放不了语音。</translation>
    </message>
    <message>
        <location filename="../../app/voice/voice_player.cpp" line="50"/>
        <source>The speaker cannot play this kind of sound.</source>
        <translation>扬声器放不了这种声音。</translation>
    </message>
    <message>
        <location filename="../../app/voice/voice_player.cpp" line="68"/>
        <source>The speaker could not be opened.</source>
        <translation>扬声器打不开。</translation>
    </message>
    <message>
        <location filename="../../app/voice/voice_player.cpp" line="96"/>
        <source>The speaker stopped working.</source>
        <translation>扬声器停止工作了。</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../../app/core/workbook.cpp" line="36"/>
        <source>The workbook could not be read: it is damaged, or it is not really an Excel or WPS file. Open it in WPS or Excel, save it again (as .xlsx), and try again.</source>
        <translation>这个表格文件读不出来：文件可能已损坏，或者不是真正的 Excel/WPS 文件。请用 WPS 或 Excel 打开，重新保存（存为 .xlsx）后再试。</translation>
    </message>
    <message>
        <location filename="../../app/core/workbook.cpp" line="44"/>
        <source>The workbook is protected by a password, so the kiosk cannot read it. Open it in WPS or Excel, remove the password, save it, and try again.</source>
        <translation>这个表格文件设了密码，亲情机读不了。请用 WPS 或 Excel 打开，取消密码，保存后再试。</translation>
    </message>
    <message>
        <location filename="../../app/core/workbook.cpp" line="52"/>
        <source>The workbook is too big to read (more than %1 MB unpacked). Keep only the roster in it, or save the roster sheet as CSV.</source>
        <translation>这个表格文件太大（解压后超过 %1 MB），读不了。请只保留花名册，或把花名册那一页另存为 CSV。</translation>
    </message>
    <message>
        <location filename="../../app/core/workbook.cpp" line="61"/>
        <source>The sheet &quot;%1&quot; has too many cells to be a roster (more than %2).</source>
        <translation>工作表“%1”的单元格太多（超过 %2 个），不像是花名册。</translation>
    </message>
    <message>
        <location filename="../../app/core/workbook.cpp" line="68"/>
        <source>The workbook has no sheet number %1. Its sheets are: %2.</source>
        <translation>这个工作簿没有第 %1 个工作表。它的工作表有：%2。</translation>
    </message>
    <message>
        <location filename="../../app/core/workbook.cpp" line="75"/>
        <source>The sheet &quot;%1&quot; is empty. If the roster is on another sheet, choose that one.</source>
        <translation>工作表“%1”是空的。如果花名册在别的工作表上，请选那一个。</translation>
    </message>
    <message>
        <location filename="../../app/core/workbook.cpp" line="636"/>
        <location filename="../../app/core/workbook.cpp" line="962"/>
        <source>The workbook has no sheets.</source>
        <translation>这个工作簿里没有工作表。</translation>
    </message>
    <message>
        <location filename="../../app/core/workbook.cpp" line="646"/>
        <source>The sheet &quot;%1&quot; is a chart or a macro sheet, not a table. Choose the sheet with the roster.</source>
        <translation>工作表“%1”是图表或宏表，不是表格。请选花名册所在的工作表。</translation>
    </message>
    <message>
        <location filename="../../app/core/workbook.cpp" line="953"/>
        <source>The file could not be opened.</source>
        <translation>文件打不开。</translation>
    </message>
</context>
<context>
    <name>qq::BackupController</name>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="208"/>
        <source>The backup file could not be read. If it is on a USB stick, check that the stick is still plugged in.</source>
        <translation>读不出这个备份文件。如果它在 U 盘上，请看看 U 盘是不是还插着。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="211"/>
        <source>This file is not a Qinqing backup: it is not a database at all.</source>
        <translation>这个文件不是亲情的备份：它根本不是数据库。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="213"/>
        <source>This backup file is damaged (perhaps it was copied only in part), so it cannot be used. Please choose another one.</source>
        <translation>这个备份文件坏了（可能只复制了一部分），不能用。请选另一个备份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="216"/>
        <source>This file is not a backup of a Qinqing kiosk.</source>
        <translation>这个文件不是亲情一体机的备份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="218"/>
        <source>This backup was made by a newer version of Qinqing. Please install that version first.</source>
        <translation>这个备份是更新版本的亲情做的。请先安装那个版本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="220"/>
        <source>There is not enough free space on the kiosk or on the USB stick.</source>
        <translation>一体机或 U 盘上的空间不够了。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="222"/>
        <source>The file could not be written. If it is a USB stick, check that it is not locked and try again.</source>
        <translation>文件写不进去。如果是 U 盘，请看看它是不是被锁住了，然后再试一次。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="225"/>
        <source>The kiosk&apos;s data was busy. Please try again in a minute.</source>
        <translation>一体机的数据正忙。请过一分钟再试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="227"/>
        <source>This backup was made on another kiosk and needs the school&apos;s recovery code for backups.</source>
        <translation>这个备份是另一台一体机做的，需要输入学校的备份恢复码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="229"/>
        <source>This file is not an encrypted Qinqing backup, so the kiosk will not trust it. Backups on a USB stick are always encrypted.</source>
        <translation>这个文件不是加密的亲情备份，一体机不能信任它。U 盘上的备份都是加密的。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="260"/>
        <source>Last backup: %1, on this kiosk and on the USB stick.</source>
        <translation>上次备份：%1，在这台一体机和 U 盘上。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="263"/>
        <source>Last backup: %1, on this kiosk.</source>
        <translation>上次备份：%1，在这台一体机上。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="265"/>
        <source>Last backup: %1, on the USB stick.</source>
        <translation>上次备份：%1，在 U 盘上。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="266"/>
        <source>No backup yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="272"/>
        <source>No USB stick found. Plug one in and wait a few seconds.</source>
        <translation>没有找到 U 盘。请插上 U 盘，等几秒钟。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="275"/>
        <source>USB stick ready: the daily backup is copied to it too.</source>
        <translation>U 盘已准备好：每天的备份也会复制到它上面。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="276"/>
        <source>A USB stick is plugged in. Press “Copy to USB” once; after that the daily backup is copied to it too.</source>
        <translation>已经插上 U 盘。请按一次“复制到 U 盘”，以后每天的备份也会复制到它上面。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="337"/>
        <source>The backup did not work. %1</source>
        <translation>备份没有成功。%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="342"/>
        <location filename="../../app/ui/backup_controller.cpp" line="392"/>
        <source>No USB stick found. Plug one in, wait a few seconds and try again.</source>
        <translation>没有找到 U 盘。请插上 U 盘，等几秒钟再试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="343"/>
        <location filename="../../app/ui/backup_controller.cpp" line="350"/>
        <source>The backup is on this kiosk, but it could not be copied to the USB stick. %1</source>
        <translation>备份已经存在这台一体机上，但没能复制到 U 盘。%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="357"/>
        <source>Backed up: the copy is on this kiosk and on the USB stick.</source>
        <translation>备份好了：副本在这台一体机和 U 盘上。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="358"/>
        <source>Backed up: the copy is on this kiosk.</source>
        <translation>备份好了：副本在这台一体机上。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="372"/>
        <source>Making today&apos;s backup…</source>
        <translation>正在做今天的备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="381"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="395"/>
        <source>Backing up and copying to the USB stick…</source>
        <translation>正在备份并复制到 U 盘…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="415"/>
        <location filename="../../app/ui/backup_controller.cpp" line="456"/>
        <source>This backup cannot be restored. %1</source>
        <translation>这个备份不能恢复。%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="448"/>
        <source>That code does not open this backup. Check it against the paper, letter by letter.</source>
        <translation>这个恢复码打不开这个备份。请对照纸上的恢复码，一个字符一个字符地核对。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="484"/>
        <source>Restore the backup of %1?</source>
        <translation>要恢复%1的备份吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="492"/>
        <source>Everything on this kiosk will be replaced by what this backup holds: the children and their files, sign-ins, calls, letters, books, settings and the teacher PIN go back to how they were then. What was entered after it will be gone from this kiosk.
A safety copy of the data as it is now is kept first, so you can go back to it. The kiosk then starts again by itself.</source>
        <translation>这台一体机上的所有数据都会换成这个备份里的内容：孩子和他们的档案、签到、通话、信件、图书、设置和老师密码，都会回到当时的样子。备份以后录入的内容会从这台一体机上消失。
换之前会先留一份现在数据的安全副本，需要时可以换回来。然后一体机会自己重新启动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="503"/>
        <source>This backup was made on another kiosk. This kiosk will take that kiosk&apos;s place: do this only when it replaces a broken one.</source>
        <translation>这个备份是在另一台一体机上做的。这台一体机会代替那一台：只有在用它替换一台坏了的一体机时才这样做。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="513"/>
        <location filename="../../app/ui/backup_controller.cpp" line="539"/>
        <source>The kiosk is syncing with the hub. Please wait a minute and try again.</source>
        <translation>一体机正在和中心服务器同步。请等一分钟再试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="521"/>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="533"/>
        <source>This backup cannot be restored, so nothing was changed. %1</source>
        <translation>这个备份不能恢复，所以什么都没有改动。%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="545"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="573"/>
        <source>The backup could not be restored, so nothing was changed. %1</source>
        <translation>备份没能恢复，所以什么都没有改动。%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="578"/>
        <source>Restored the backup of %1. The kiosk starts again now.</source>
        <translation>已经恢复了%1的备份。一体机现在重新启动。</translation>
    </message>
</context>
<context>
    <name>qq::BackupListModel</name>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="97"/>
        <source>today (%1)</source>
        <translation>今天（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="99"/>
        <source>yesterday (%1)</source>
        <translation>昨天（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="120"/>
        <source>safety copy from before a restore</source>
        <translation>恢复前留下的安全副本</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="121"/>
        <source>on the USB stick</source>
        <translation>在 U 盘上</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_controller.cpp" line="121"/>
        <source>on this kiosk</source>
        <translation>在这台一体机上</translation>
    </message>
</context>
<context>
    <name>qq::CallController</name>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="51"/>
        <source>Dad</source>
        <translation>爸爸</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="53"/>
        <source>Mum</source>
        <translation>妈妈</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="57"/>
        <source>Family</source>
        <translation>家长</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="63"/>
        <source>Call %1</source>
        <translation>打给%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="95"/>
        <source>%1, line %2</source>
        <translation>%1 %2 号线</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/call_controller.cpp" line="101"/>
        <source>Talked %n min</source>
        <translation>
            <numerusform>通话 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="104"/>
        <location filename="../../app/ui/call_controller.cpp" line="455"/>
        <source>No answer</source>
        <translation>没人接</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="107"/>
        <location filename="../../app/ui/call_controller.cpp" line="455"/>
        <source>Child absent</source>
        <translation>孩子没来</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="110"/>
        <source>Not marked yet</source>
        <translation>还没记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="166"/>
        <source>%1, please go to the %2 now. Your call with %3 starts at %4.</source>
        <translation>%1，请现在去%2。你和%3的通话 %4 开始。</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="208"/>
        <source>in %1</source>
        <translation>在%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="215"/>
        <source>%1 with %2 at the %3</source>
        <translation>%1，和%2，在%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="238"/>
        <source>This person is not on your contact card any more. Please ask the duty teacher.</source>
        <translation>你的联系卡上已经没有这个人了。请问值班老师。</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="249"/>
        <source>Next chance: %1.</source>
        <translation>下次机会：%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="311"/>
        <source>Your call is cancelled.</source>
        <translation>你的通话已经取消了。</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="364"/>
        <source>MMMM d, dddd</source>
        <translation>M月d日 dddd</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="373"/>
        <source>Mark a call as talked, no answer or child absent.</source>
        <translation>请把通话记为：通话了、没人接或孩子没来。</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="412"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="415"/>
        <source>%1/%2</source>
        <comment>month/day</comment>
        <translation>%1月%2日</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="426"/>
        <source>%1&apos;s %2</source>
        <translation>%1的%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="427"/>
        <source>%1 of %2 calls not answered</source>
        <translation>%2 次中 %1 次没人接</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="435"/>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="455"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="455"/>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="455"/>
        <source>Talked</source>
        <translation>通话次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="455"/>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="455"/>
        <source>Last call</source>
        <translation>上次通话</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="466"/>
        <source>The export could not be saved: %1</source>
        <translation>导出没有保存成功：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/call_controller.cpp" line="469"/>
        <source>Saved %n child(ren) to %1</source>
        <translation>
            <numerusform>已保存 %n 个孩子的记录到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="489"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="489"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/call_controller.cpp" line="489"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 条线路</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="517"/>
        <source>%1 added.</source>
        <translation>已添加%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="527"/>
        <source>This call place is not set up.</source>
        <translation>还没有设置这个通话地点。</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="531"/>
        <source>%1 is no longer offered. Calls booked there stay.</source>
        <translation>%1已停用。已经约在那里的通话保留。</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="546"/>
        <source>Holidays: %1</source>
        <translation>节假日：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="551"/>
        <source>Opening hours: %1</source>
        <translation>开放时间：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="555"/>
        <source>Opening hours: write at least one day and time, like 周一至周五 16:00-18:30.</source>
        <translation>开放时间：至少写一天和一个时间段，例如：周一至周五 16:00-18:30。</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="559"/>
        <source>The call rules are incomplete.</source>
        <translation>通话规则不完整。</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="587"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_controller.cpp" line="619"/>
        <source>Every child has had this month&apos;s call or has one booked.</source>
        <translation>每个孩子本月都已通过话或已有预约。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/call_controller.cpp" line="620"/>
        <source>%1 of %n child(ren) due a call now have one this week.</source>
        <translation>
            <numerusform>%n 个该通话的孩子中，%1 个本周已排上。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qq::CareListModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/mail_models.cpp" line="141"/>
        <source>Sad or worried on %n visit(s) in a row</source>
        <translation>
            <numerusform>连续 %n 次来访都难过或担心</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/mail_models.cpp" line="142"/>
        <source>Has not come for %n day(s); came often before</source>
        <translation>
            <numerusform>已经 %n 天没来了；以前常来</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qq::CatalogPreviewModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/library_models.cpp" line="239"/>
        <source>New, %n copy(ies)</source>
        <translation>
            <numerusform>新书，%n 册</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/library_models.cpp" line="241"/>
        <source>+%n copy(ies)</source>
        <translation>
            <numerusform>加 %n 册</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/library_models.cpp" line="243"/>
        <source>Problem</source>
        <translation>有问题</translation>
    </message>
</context>
<context>
    <name>qq::ConflictListModel</name>
    <message>
        <location filename="../../app/ui/sync_controller.cpp" line="56"/>
        <source>Please sort this out in the book corner: ask who has the book, and return it for the others.</source>
        <translation>请在图书角处理：问问书在谁那里，为其他人办理归还。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_controller.cpp" line="58"/>
        <source>Please sort this out in today&apos;s calls: move one of the calls to another time.</source>
        <translation>请在今天的通话里处理：把其中一个通话改到别的时间。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_controller.cpp" line="61"/>
        <source>Please sort this out in the book corner&apos;s catalog.</source>
        <translation>请在图书角的书目里处理。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_controller.cpp" line="63"/>
        <source>Please sort this out in Children and cards: give one of the children a new card.</source>
        <translation>请在“儿童和卡片”里处理：给其中一个孩子换一张新卡。</translation>
    </message>
</context>
<context>
    <name>qq::CopyListModel</name>
    <message>
        <location filename="../../app/ui/library_models.cpp" line="179"/>
        <source>On loan to %1, due %2</source>
        <translation>借给了%1，%2 到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_models.cpp" line="182"/>
        <source>On the shelf</source>
        <translation>在书架上</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_models.cpp" line="184"/>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_models.cpp" line="186"/>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_models.cpp" line="188"/>
        <source>Withdrawn</source>
        <translation>已下架</translation>
    </message>
</context>
<context>
    <name>qq::ImportColumnsModel</name>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="248"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="250"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="252"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="254"/>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="256"/>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="258"/>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="260"/>
        <source>Qinqing number</source>
        <translation>亲情编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="262"/>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="264"/>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="266"/>
        <source>Medical history</source>
        <translation>病史</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="268"/>
        <source>Father&apos;s name</source>
        <translation>父亲姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="270"/>
        <source>Father&apos;s phone</source>
        <translation>父亲电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="272"/>
        <source>Where the father works (city)</source>
        <translation>父亲务工城市</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="274"/>
        <source>Father&apos;s workplace</source>
        <translation>父亲工作单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="276"/>
        <source>Mother&apos;s name</source>
        <translation>母亲姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="278"/>
        <source>Mother&apos;s phone</source>
        <translation>母亲电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="280"/>
        <source>Where the mother works (city)</source>
        <translation>母亲务工城市</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="282"/>
        <source>Mother&apos;s workplace</source>
        <translation>母亲工作单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="284"/>
        <source>Guardian&apos;s name</source>
        <translation>监护人姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="286"/>
        <source>Guardian&apos;s relationship</source>
        <translation>与监护人关系</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="288"/>
        <source>Guardian&apos;s phone</source>
        <translation>监护人电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="290"/>
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="292"/>
        <source>Guardian&apos;s age</source>
        <translation>监护人年龄</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="294"/>
        <source>Guardian&apos;s health</source>
        <translation>监护人健康状况</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="296"/>
        <source>Where the parents work</source>
        <translation>父母务工地点</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="298"/>
        <source>Student number (not kept)</source>
        <translation>学籍号（不保存）</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="300"/>
        <source>ID card number (never imported)</source>
        <translation>身份证号（不导入）</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="302"/>
        <source>Row number (not imported)</source>
        <translation>序号（不导入）</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="306"/>
        <source>Don&apos;t import</source>
        <translation>不导入</translation>
    </message>
</context>
<context>
    <name>qq::ImportPreviewModel</name>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="161"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="163"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="165"/>
        <source>Same</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_models.cpp" line="167"/>
        <source>Error</source>
        <translation>有错</translation>
    </message>
</context>
<context>
    <name>qq::InboxModel</name>
    <message>
        <location filename="../../app/ui/mail_models.cpp" line="13"/>
        <source>MMM d, ddd</source>
        <translation>M月d日 ddd</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_models.cpp" line="14"/>
        <source>%1, around %2</source>
        <translation>%1 %2 左右</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_models.cpp" line="15"/>
        <source>%1, %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_models.cpp" line="81"/>
        <source>Damaged letter</source>
        <translation>损坏的信</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_models.cpp" line="82"/>
        <source>Without a name</source>
        <translation>没写名字</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_models.cpp" line="89"/>
        <source>This letter cannot be opened: it was changed or cut short on the disk.</source>
        <translation>这封信打不开：它在磁盘上被改动或截断了。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/mail_models.cpp" line="91"/>
        <source>A voice message, %n second(s)</source>
        <translation>
            <numerusform>语音留言，%n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qq::KioskController</name>
    <message>
        <location filename="../../app/ui/kiosk_controller.cpp" line="50"/>
        <source>MMMM d, dddd</source>
        <translation>M月d日 dddd</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk_controller.cpp" line="153"/>
        <source>This class is not on the roster any more. Please ask the duty teacher.</source>
        <translation>这个班级已经不在名单上了。请问值班老师。</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk_controller.cpp" line="172"/>
        <source>This child is not on the roster any more. Please ask the duty teacher.</source>
        <translation>这个孩子已经不在名单上了。请问值班老师。</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk_controller.cpp" line="191"/>
        <source>%1 is already in the room.</source>
        <translation>%1 已经在室内。</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk_controller.cpp" line="192"/>
        <source>%1 is signed in.</source>
        <translation>%1 已签到。</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk_controller.cpp" line="249"/>
        <source>Thank you for telling us!</source>
        <translation>谢谢你告诉我们！</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk_controller.cpp" line="354"/>
        <source>This card is not on the roster. Please show it to the duty teacher.</source>
        <translation>这张卡不在名单上，请拿给值班老师看看。</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk_controller.cpp" line="365"/>
        <source>That is not a Qinqing card. Please show your own card.</source>
        <translation>这不是亲情卡，请刷你自己的卡。</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk_controller.cpp" line="415"/>
        <source>Coming soon!</source>
        <translation>马上就来，敬请期待！</translation>
    </message>
</context>
<context>
    <name>qq::LibraryController</name>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="77"/>
        <source>dddd, MMMM d</source>
        <translation>M月d日（dddd）</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="194"/>
        <location filename="../../app/ui/library_controller.cpp" line="239"/>
        <source>This book was not borrowed, so there is nothing to bring back. You can put it on the shelf.</source>
        <translation>这本书没有被借出，不用还。可以直接放回书架。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="195"/>
        <source>Please show the sticker on the back of the book, not the one with the price.</source>
        <translation>请扫书背后的图书标签，不是印着价格的条码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="215"/>
        <source>That did not read well. Hold the sticker still in front of the camera again.</source>
        <translation>没有看清楚。请把标签拿稳，再对准摄像头一次。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="218"/>
        <source>This book is not on our library list. Please show it to the duty teacher.</source>
        <translation>这本书不在我们的图书目录里。请拿给值班老师看。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="220"/>
        <source>That is not a book&apos;s sticker. Show the sticker on the back of the book.</source>
        <translation>这不是图书标签。请扫书背后的标签。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/library_controller.cpp" line="230"/>
        <source>You already have %n book(s) at home. Bring one back first, then you can borrow a new one.</source>
        <translation>
            <numerusform>你家里已经有 %n 本书了。先还一本，再借新的吧。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="233"/>
        <source>Please bring back 《%1》 first. It was due on %2.</source>
        <translation>请先还《%1》，它在 %2 就到期了。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="235"/>
        <source>This book is still on someone else&apos;s list. Please give it to the duty teacher.</source>
        <translation>这本书还记在别人的借书单上。请交给值班老师。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="237"/>
        <source>This book cannot be borrowed now. Please give it to the duty teacher.</source>
        <translation>这本书现在不能借。请交给值班老师。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="241"/>
        <source>This book was kept longer once already. Please bring it back by %1.</source>
        <translation>这本书已经续借过一次了。请在 %1 前还书。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="243"/>
        <source>This child is not on the roster any more. Please ask the duty teacher.</source>
        <translation>名单上已经没有这个孩子了。请问值班老师。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="245"/>
        <source>That ISBN is not right: check the numbers on the back cover.</source>
        <translation>ISBN 不对：请对照封底的数字检查。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="247"/>
        <source>Another title already has this ISBN. Add copies to that title instead.</source>
        <translation>另一种书已经用了这个 ISBN。请给那种书增加复本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="249"/>
        <source>Please type the book&apos;s title.</source>
        <translation>请输入书名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="251"/>
        <source>Copies: from 1 to %1 at a time.</source>
        <translation>册数：每次 1 到 %1 册。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="353"/>
        <source>Every copy of 《%1》 is borrowed now. Choose another book, or ask again next week.</source>
        <translation>《%1》现在都借出去了。换一本书，或者下周再来问问。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="378"/>
        <source>Please show the sticker on the back of your book to the camera.</source>
        <translation>请把你手上这本书背后的标签对准摄像头。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="413"/>
        <source>You can keep 《%1》 until %2.</source>
        <translation>《%1》可以借到 %2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/library_controller.cpp" line="581"/>
        <source>Saved, with %n copy(ies). Print their labels next.</source>
        <translation>
            <numerusform>已保存，共 %n 册。接下来请打印标签。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="582"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/library_controller.cpp" line="598"/>
        <source>%n copy(ies) added: %1</source>
        <translation>
            <numerusform>增加了 %n 册：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="622"/>
        <source>The camera has no picture yet. Hold the cover in front of it and try again.</source>
        <translation>摄像头还没有画面。请把封面对准摄像头再试一次。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="637"/>
        <source>A cover picture is found by the book&apos;s ISBN: type the ISBN first.</source>
        <translation>封面图片按 ISBN 查找：请先填写 ISBN。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="648"/>
        <source>%1 is not a picture the kiosk can read. Save it as JPEG or PNG.</source>
        <translation>%1 不是一体机能读的图片。请另存为 JPEG 或 PNG。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="656"/>
        <source>No picture named %1.jpg was found in %2 or on a USB stick.</source>
        <translation>在 %2 和 U 盘里都没有找到名为 %1.jpg 的图片。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="698"/>
        <source>The labels could not be saved: %1</source>
        <translation>标签没能保存：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/library_controller.cpp" line="701"/>
        <source>%n label(s) saved to %1</source>
        <translation>
            <numerusform>%n 个标签已保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="755"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="755"/>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="755"/>
        <source>Book</source>
        <translation>书名</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="755"/>
        <source>Sticker</source>
        <translation>标签编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="755"/>
        <source>Borrowed</source>
        <translation>借出日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="755"/>
        <source>Due</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="755"/>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="766"/>
        <source>The export could not be saved: %1</source>
        <translation>导出文件没能保存：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/library_controller.cpp" line="769"/>
        <source>Saved %n late book(s) to %1</source>
        <translation>
            <numerusform>%n 本逾期的书已保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="803"/>
        <source>That is the ISBN. Scan the QB sticker, please: it tells the copies apart.</source>
        <translation>这是 ISBN。请扫 QB 开头的标签，它能区分每一册。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="806"/>
        <source>《%1》: counted already.</source>
        <translation>《%1》：已经数过了。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="808"/>
        <source>《%1》: on the shelf, but still on a child&apos;s list. Check it in if it came back.</source>
        <translation>《%1》：在书架上，但还记在孩子的借书单上。如果已经还回来，请办理还书。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="810"/>
        <source>《%1》 ✓</source>
        <translation>《%1》✓</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="823"/>
        <source>Stocktake finished: %1 of %2 found, %3 missing.</source>
        <translation>盘点完成：应在架 %2 册，找到 %1 册，缺少 %3 册。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="870"/>
        <source>No CSV file found. Save the book list from the spreadsheet as CSV and put it on a USB stick, or in %1.</source>
        <translation>没有找到 CSV 文件。请把表格里的图书清单另存为 CSV，放到 U 盘里，或者放到 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="894"/>
        <source>%1 (%2): %3 new titles, copies for %4 titles already here, %5 copies in all, %6 with problems</source>
        <translation>%1（%2）：新书 %3 种，已有的书加复本 %4 种，共 %5 册，有问题 %6 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="903"/>
        <source>Nothing is imported until every row is right. Fix the rows marked in red in the spreadsheet, save as CSV again and choose the file again.</source>
        <translation>每一行都正确才会导入。请在表格里改好标红的行，重新另存为 CSV，再选择这个文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_controller.cpp" line="932"/>
        <source>Imported: %1 new titles, %2 copies. Print their labels from each title.</source>
        <translation>已导入：新书 %1 种，共 %2 册。请在每种书里打印标签。</translation>
    </message>
</context>
<context>
    <name>qq::LoanListModel</name>
    <message>
        <location filename="../../app/ui/library_models.cpp" line="18"/>
        <source>MMMM d, dddd</source>
        <translation>M月d日 dddd</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_models.cpp" line="122"/>
        <source>At home, late since %1</source>
        <translation>在家，%1 起逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_models.cpp" line="123"/>
        <source>At home, due %1</source>
        <translation>在家，%1 到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_models.cpp" line="125"/>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_models.cpp" line="127"/>
        <source>Came back damaged</source>
        <translation>还回时已损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_models.cpp" line="128"/>
        <source>Back %1</source>
        <translation>%1 已还</translation>
    </message>
</context>
<context>
    <name>qq::MailController</name>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="70"/>
        <source>Three minutes is the longest message. It is kept: you can send it now.</source>
        <translation>最长只能说三分钟。已经保存好了，现在可以寄出。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="75"/>
        <source>This kiosk has no microphone. You can write your letter instead.</source>
        <translation>这台一体机没有麦克风。你可以写信。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="77"/>
        <source>The microphone may not be used. Please ask the duty teacher, or write instead.</source>
        <translation>现在不能用麦克风。请找值班老师，或者写信吧。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="78"/>
        <source>The microphone is not working. Please ask the duty teacher, or write instead.</source>
        <translation>麦克风坏了。请找值班老师，或者写信吧。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/mail_controller.cpp" line="135"/>
        <source>The mailbox opens today: %n letter(s) waiting for %1.</source>
        <translation>
            <numerusform>今天开信箱：有 %n 封信在等%1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="136"/>
        <source>The mailbox opens today. No letters are waiting.</source>
        <translation>今天开信箱。现在没有来信。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="258"/>
        <location filename="../../app/ui/mail_controller.cpp" line="422"/>
        <source>The mailbox is not open yet. Please ask the duty teacher.</source>
        <translation>悄悄话信箱还没有开通。请问值班老师。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="310"/>
        <source>Your letter is full: %1 characters is the most. You can send it now.</source>
        <translation>信写满了：最多 %1 个字。现在可以寄出了。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="388"/>
        <location filename="../../app/ui/mail_controller.cpp" line="425"/>
        <source>Write something or record your voice first.</source>
        <translation>先写几句话，或者录一段声音吧。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="399"/>
        <source>Choose 3 secret pictures. With them, only you can open %1&apos;s answer.</source>
        <translation>选 3 张秘密图片。有了它们，只有你能打开%1的回信。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="429"/>
        <source>This letter is too long to send. Please make it a little shorter.</source>
        <translation>这封信太长了，寄不出去。请写短一点。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="434"/>
        <source>Your letter could not be put in the box: %1 It is still here; nothing is lost.</source>
        <translation>信没能放进信箱：%1 信还在这里，什么都没丢。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="466"/>
        <source>Once more: tap the same 3 pictures in the same order.</source>
        <translation>再来一次：按同样的顺序点同样的 3 张图片。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="471"/>
        <source>Those were not the same. Let&apos;s start again: choose 3 pictures.</source>
        <translation>两次不一样。我们重新开始：选 3 张图片。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="488"/>
        <source>Those were not your pictures. %1</source>
        <translation>这不是你的图片。%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="489"/>
        <source>Those were not your pictures. Try again.</source>
        <translation>这不是你的图片。再试一次。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="496"/>
        <source>This answer cannot be opened. Please tell %1.</source>
        <translation>这封回信打不开。请告诉%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/mail_controller.cpp" line="522"/>
        <source>Let&apos;s wait %n second(s), then try again.</source>
        <translation>
            <numerusform>等 %n 秒再试一次吧。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/mail_controller.cpp" line="523"/>
        <source>Let&apos;s wait %n minute(s), then try again. You can also ask %1.</source>
        <translation>
            <numerusform>等 %n 分钟再试一次吧。也可以去找%1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="531"/>
        <source>Tap your 3 secret pictures to open the answer.</source>
        <translation>点你的 3 张秘密图片，打开回信。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="554"/>
        <source>Please type the counselor&apos;s name, as the children know it.</source>
        <translation>请输入心理老师的称呼（孩子们怎么叫）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="556"/>
        <source>The passphrase needs at least %1 characters and not only digits (a date or a phone number is guessed quickly). A short sentence is easy to remember.</source>
        <translation>口令至少要 %1 个字，而且不能只有数字（日期、电话号码很容易被猜到）。用一句短短的话，好记。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="602"/>
        <source>The new passphrase needs at least %1 characters and not only digits.</source>
        <translation>新口令至少要 %1 个字，而且不能只有数字。</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters. A short sentence is easy to remember.</source>
        <translation type="vanished">密语至少要 %1 个字。一句短短的话最好记。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="560"/>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的密语不一样。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="565"/>
        <source>The mailbox could not be set up. Is it set up already?</source>
        <translation>信箱没能设置。是不是已经设置过了？</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="588"/>
        <source>That passphrase is not right. %1</source>
        <translation>密语不对。%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="594"/>
        <source>The mailbox is not set up yet.</source>
        <translation>信箱还没有设置。</translation>
    </message>
    <message>
        <source>The new passphrase needs at least %1 characters.</source>
        <translation type="vanished">新的密语至少要 %1 个字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="611"/>
        <source>That recovery code is not right. %1</source>
        <translation>恢复码不对。%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/mail_controller.cpp" line="623"/>
        <source>%n letter(s) need follow-up.</source>
        <translation>
            <numerusform>%n 封信需要跟进。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="663"/>
        <source>This letter cannot be opened: it was changed or cut short on the disk. The reading was noted in the log.</source>
        <translation>这封信打不开：它在磁盘上被改动或截断了。这次查看已记入日志。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="670"/>
        <source>Without a name</source>
        <translation>没写名字</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="673"/>
        <source>MMMM d, dddd, &apos;around&apos; HH:00</source>
        <translation>M月d日 dddd HH:00左右</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="673"/>
        <source>MMMM d, dddd, HH:mm</source>
        <translation>M月d日 dddd HH:mm</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="702"/>
        <source>This voice message is damaged and cannot be played.</source>
        <translation>这条语音留言损坏了，放不了。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="746"/>
        <source>Write your answer first.</source>
        <translation>请先写回信。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="755"/>
        <source>The answer could not be stored: %1 It is still here.</source>
        <translation>回信没能保存：%1 内容还在这里。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="761"/>
        <source>Sent. %1 will see it at the next sign-in.</source>
        <translation>已寄出。%1下次签到时会看到。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail_controller.cpp" line="762"/>
        <source>Kept. %1 has no secret pictures yet: the answer waits until they choose them.</source>
        <translation>已保存。%1还没有选秘密图片：等他/她选好后，回信才能送到。</translation>
    </message>
</context>
<context>
    <name>qq::RosterController</name>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="29"/>
        <source>Girl</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="29"/>
        <source>Boy</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="154"/>
        <source>New child</source>
        <translation>新儿童</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="176"/>
        <source>This child is not on the roster any more.</source>
        <translation>这名儿童已不在名单上。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="218"/>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="219"/>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="220"/>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="221"/>
        <source>Guardian at home</source>
        <translation>在家监护人</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="225"/>
        <location filename="../../app/ui/roster_controller.cpp" line="241"/>
        <location filename="../../app/ui/roster_controller.cpp" line="248"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="226"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="229"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="234"/>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="235"/>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="236"/>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="237"/>
        <source>Medical history</source>
        <translation>病史</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="242"/>
        <location filename="../../app/ui/roster_controller.cpp" line="251"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="243"/>
        <source>Works in (city)</source>
        <translation>务工城市</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="244"/>
        <source>Workplace</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="245"/>
        <location filename="../../app/ui/roster_controller.cpp" line="261"/>
        <source>Video call account</source>
        <translation>视频通话账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="246"/>
        <location filename="../../app/ui/roster_controller.cpp" line="262"/>
        <source>Can take calls</source>
        <translation>能接电话的时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="250"/>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="252"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="255"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="260"/>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="267"/>
        <source>Guardian&apos;s consent</source>
        <translation>监护人同意书</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="268"/>
        <location filename="../../app/ui/roster_controller.cpp" line="389"/>
        <location filename="../../app/ui/roster_controller.cpp" line="390"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="268"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="271"/>
        <source>Given by (who signed the form)</source>
        <translation>签字人（谁签的同意书）</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="278"/>
        <source>Signed on</source>
        <translation>签字日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="285"/>
        <source>The child&apos;s photo may be kept</source>
        <translation>同意保存孩子的照片</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="292"/>
        <source>Voice messages may be kept</source>
        <translation>同意保存语音留言</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="316"/>
        <source>The name is needed.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="318"/>
        <source>At most 32 characters.</source>
        <translation>最多 32 个字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="321"/>
        <source>Choose girl or boy.</source>
        <translation>请选择女或男。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="325"/>
        <source>Write the date as 2015-03-07.</source>
        <translation>日期请写成 2015-03-07。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="327"/>
        <source>A pupil is between 3 and 20 years old.</source>
        <translation>学生年龄应在 3 到 20 岁之间。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="337"/>
        <source>Choose the class.</source>
        <translation>请选择班级。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="354"/>
        <location filename="../../app/ui/roster_controller.cpp" line="394"/>
        <source>At most 64 characters.</source>
        <translation>最多 64 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="360"/>
        <source>An age between 10 and 120.</source>
        <translation>年龄应在 10 到 120 之间。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="363"/>
        <source>Digits only, like 138 0000 0000.</source>
        <translation>只填数字，例如 138 0000 0000。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="370"/>
        <source>The name or the relationship is needed too.</source>
        <translation>还要填写姓名或关系。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="379"/>
        <source>The name is needed too.</source>
        <translation>也请填写姓名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="392"/>
        <source>Write who signed the consent form.</source>
        <translation>请写上在同意书上签字的人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="396"/>
        <source>Write the date as 2026-09-01.</source>
        <translation>日期请写成 2026-09-01 这样。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="398"/>
        <source>The form cannot be signed in the future.</source>
        <translation>签字日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="402"/>
        <source>Please check the fields marked in red.</source>
        <translation>请检查标红的内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="442"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="451"/>
        <source>Save the file first, then take the photo.</source>
        <translation>请先保存档案，再拍照。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="468"/>
        <source>No picture from the camera yet. Please try again.</source>
        <translation>摄像头还没有画面，请再试一次。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="492"/>
        <source>Photo saved.</source>
        <translation>照片已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="500"/>
        <source>Save the file first, then make the card.</source>
        <translation>请先保存档案，再制作卡片。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="523"/>
        <source>New card made. The old card no longer works.</source>
        <translation>新卡已制作，旧卡不能再用了。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="523"/>
        <source>Card made.</source>
        <translation>卡片已制作。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="544"/>
        <source>No child has a card yet. Open a child&apos;s file and tap &quot;Make card&quot;.</source>
        <translation>还没有儿童有卡。请打开儿童档案，点&quot;制作卡片&quot;。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="610"/>
        <source>No roster file found. Put the roster (.xlsx, .xls or .csv) on a USB stick, or in %1.</source>
        <translation>没有找到花名册文件。请把花名册（.xlsx、.xls 或 .csv）放到 U 盘上，或放进 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/roster_controller.cpp" line="655"/>
        <source>This workbook has %n sheet(s). If the roster is on another one, choose it above.</source>
        <translation>
            <numerusform>这个工作簿有 %n 个工作表。如果花名册在别的工作表上，请在上面选择。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/roster_controller.cpp" line="659"/>
        <source>The rows marked in red have problems. Either import the %n row(s) that are fine now and add the others later, or fix the red rows in the spreadsheet, save it and choose the file again.</source>
        <translation>
            <numerusform>标红的行有问题。可以先导入没问题的 %n 行，其余的以后再补；也可以在表格里改好标红的行，保存后重新选择这个文件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="663"/>
        <source>Nothing can be imported yet. Fix the rows marked in red in the spreadsheet, save it again and choose the file again.</source>
        <translation>现在还没有可以导入的行。请在表格里改好标红的行，保存后重新选择这个文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="674"/>
        <source>Still to find: %1.</source>
        <translation>还要找出：%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="675"/>
        <source>Some columns were not recognised. Tap each one and say what it holds, or choose &quot;Don&apos;t import&quot;.</source>
        <translation>有几列没认出来。请点一下每一列，选它填的是什么；不需要的选“不导入”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/roster_controller.cpp" line="842"/>
        <source>%n row(s) with problems were left out: fix them in the spreadsheet and import the file again.</source>
        <translation>
            <numerusform>有 %n 行因为有问题没有导入：请在表格里改好，再导入一次这个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is imported until every row is right. Fix the rows marked in red in the spreadsheet, save it again and choose the file again.</source>
        <translation type="vanished">每一行都没问题才会导入。请在表格里改好标红的行，重新保存，再选一次这个文件。</translation>
    </message>
    <message>
        <source>The card sheet could not be saved: %1</source>
        <translation type="vanished">卡片文件没能保存：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/roster_controller.cpp" line="556"/>
        <source>%n card(s) ready to print: %1</source>
        <translation>
            <numerusform>%n 张卡片可以打印了：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="568"/>
        <source>Make the card first.</source>
        <translation>请先制作卡片。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="579"/>
        <source>This card is not on the roster.</source>
        <translation>这张卡不在名单上。</translation>
    </message>
    <message>
        <source>No CSV file found. Save the roster from the spreadsheet as CSV and put it on a USB stick, or in %1.</source>
        <translation type="vanished">没有找到 CSV 文件。请把表格里的名单另存为 CSV，放到 U 盘上，或放到 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="645"/>
        <source>%1 (%2): %3 new, %4 to update, %5 unchanged, %6 with errors</source>
        <translation>%1（%2）：新增 %3，更新 %4，不变 %5，有错 %6</translation>
    </message>
    <message>
        <source>Nothing is imported until every row is right. Fix the rows marked in red in the spreadsheet, save as CSV again and choose the file again.</source>
        <translation type="vanished">每一行都正确后才会导入。请在表格里改好标红的行，重新另存为 CSV，再选一次文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_controller.cpp" line="839"/>
        <source>Roster imported: %1 new, %2 updated.</source>
        <translation>名单已导入：新增 %1，更新 %2。</translation>
    </message>
</context>
<context>
    <name>qq::SyncClient</name>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="191"/>
        <source>The hub&apos;s certificate is not the one this kiosk enrolled with, so nothing was sent. Ask the hub&apos;s administrator; enroll again if the hub was replaced.</source>
        <translation>中心服务器的证书和这台一体机加入时的不一样，所以什么都没有发送。请问中心服务器的管理员；如果服务器换了，请重新加入。</translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="197"/>
        <source>This kiosk was removed from the hub by its administrator. It keeps working on its own; enroll it again to sync.</source>
        <translation>管理员已把这台一体机从中心服务器移除。它会继续单独工作；要同步，请重新加入。</translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="200"/>
        <source>The hub does not know this kiosk any more. Enroll it again.</source>
        <translation>中心服务器不再认识这台一体机。请重新加入。</translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="202"/>
        <source>The hub did not accept this kiosk&apos;s signature, so nothing was sent. If this kiosk was reinstalled, ask the hub&apos;s administrator to let it enroll again (qinqing-hub re-enroll), then enroll it with a new code.</source>
        <translation>中心服务器没有认可这台一体机的签名，所以什么都没有发送。如果这台一体机重装过系统，请联系中心服务器的管理员允许它重新加入（qinqing-hub re-enroll），再用新的加入码加入。</translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="206"/>
        <source>This kiosk&apos;s clock is more than 5 minutes away from the hub&apos;s, so the hub did not accept its requests. Check the kiosk&apos;s date and time. Nothing was lost.</source>
        <translation>这台一体机的时钟和中心服务器相差超过 5 分钟，中心服务器没有接受它的请求。请检查一体机的日期和时间。数据没有丢失。</translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="209"/>
        <source>The hub could not reach its database. Nothing was lost; the kiosk will try again.</source>
        <translation>中心服务器连不上它的数据库。什么都没丢；一体机会再试。</translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="211"/>
        <source>The hub refused: %1</source>
        <translation>中心服务器拒绝了：%1</translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="215"/>
        <source>The hub took too long to answer. Nothing was lost; the kiosk will try again.</source>
        <translation>中心服务器太久没有回答。什么都没丢；一体机会再试。</translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="221"/>
        <source>The hub cannot be reached (no network, or the hub is off). Nothing was lost; the kiosk will try again.</source>
        <translation>连不上中心服务器（没有网络，或服务器关着）。什么都没丢；一体机会再试。</translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="227"/>
        <source>The hub answered with an error (%1). Nothing was lost; the kiosk will try again.</source>
        <translation>中心服务器回答出错（%1）。什么都没丢；一体机会再试。</translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="228"/>
        <source>The connection to the hub broke (%1). Nothing was lost; the kiosk will try again.</source>
        <translation>和中心服务器的连接断了（%1）。什么都没丢；一体机会再试。</translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="235"/>
        <source>A sync is running; try again when it ends.</source>
        <translation>正在同步；结束后再试。</translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="275"/>
        <source>This kiosk now syncs with %1.</source>
        <translation>这台一体机现在与 %1 同步。</translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="277"/>
        <source>The hub did not send its signing key, so this kiosk could not enroll; it may be an older hub. Ask the hub&apos;s administrator to update qinqing-hub, then enroll again.</source>
        <translation>同步服务器没有发来它的签名钥匙，这台一体机没能加入；可能是旧版本的服务器。请服务器管理员更新 qinqing-hub，然后再加入一次。</translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="293"/>
        <source>This kiosk is not enrolled with a hub yet.</source>
        <translation>这台一体机还没有加入中心服务器。</translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="355"/>
        <source>The hub&apos;s answer did not match what was sent; the kiosk will send it again.</source>
        <translation>中心服务器的回答和发出的内容对不上；一体机会重新发送。</translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="390"/>
        <source>What the hub sent arrived damaged; nothing of it was kept. The kiosk will ask again.</source>
        <translation>中心服务器发来的内容损坏了，一点都没有保存。一体机会重新请求。</translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="402"/>
        <source>The kiosk&apos;s disk is full, so nothing more could be received.</source>
        <translation>一体机的磁盘满了，收不下更多内容。</translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="403"/>
        <source>The kiosk could not store what the hub sent (%1).</source>
        <translation>一体机无法保存中心服务器发来的内容（%1）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/sync/sync_client.cpp" line="414"/>
        <source>Synced: %n change(s) sent</source>
        <translation>
            <numerusform>已同步：发送了 %n 条更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/sync/sync_client.cpp" line="415"/>
        <source>%n received.</source>
        <translation>
            <numerusform>收到 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="456"/>
        <source>This kiosk enrolled before sync files were signed, so it cannot sign one. Ask the hub&apos;s administrator to let it enroll again (qinqing-hub re-enroll), enroll it with a new code, then export again.</source>
        <translation>这台一体机是在同步文件需要签名之前加入的，所以不能给文件签名。请服务器管理员允许它重新加入（qinqing-hub re-enroll），用新的加入码加入后再导出。</translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="459"/>
        <source>This kiosk is not enrolled with a hub yet, so it cannot sign a sync file.</source>
        <translation>这台一体机还没有加入同步服务器，所以不能给同步文件签名。</translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="483"/>
        <source>%1 was not written by the hub (it is signed by another kiosk): refused, nothing was stored.</source>
        <translation>%1 不是同步服务器写的（是另一台一体机签名的）：已拒绝，什么也没有存。</translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="486"/>
        <source>%1 was written for another kiosk: refused, nothing was stored. Ask the hub&apos;s administrator for this kiosk&apos;s own file.</source>
        <translation>%1 是给另一台一体机的：已拒绝，什么也没有存。请向服务器管理员要这台一体机自己的文件。</translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="491"/>
        <source>This kiosk enrolled before sync files were signed and does not know its hub&apos;s key, so it cannot check %1: refused, nothing was stored. Enroll it again to use USB files.</source>
        <translation>这台一体机是在同步文件需要签名之前加入的，不知道同步服务器的钥匙，所以没法核对 %1：已拒绝，什么也没有存。要用 U 盘同步，请重新加入。</translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="494"/>
        <source>This kiosk is not enrolled with a hub, so it cannot check %1: refused, nothing was stored.</source>
        <translation>这台一体机没有加入同步服务器，所以没法核对 %1：已拒绝，什么也没有存。</translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_client.cpp" line="517"/>
        <source>The kiosk could not store the file&apos;s changes (%1); nothing of it was kept.</source>
        <translation>一体机无法保存文件里的更改（%1）；一点都没有保存。</translation>
    </message>
</context>
<context>
    <name>qq::SyncController</name>
    <message>
        <location filename="../../app/ui/sync_controller.cpp" line="162"/>
        <source>Joining the hub…</source>
        <translation>正在加入中心服务器…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_controller.cpp" line="164"/>
        <source>Sending this kiosk&apos;s changes: %1 of %2</source>
        <translation>正在发送这台一体机的更改：%1 / %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_controller.cpp" line="166"/>
        <source>Receiving the other kiosks&apos; changes: %n so far</source>
        <translation>
            <numerusform>正在接收其他一体机的更改：已收到 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_controller.cpp" line="186"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_controller.cpp" line="192"/>
        <source>today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_controller.cpp" line="194"/>
        <source>yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_controller.cpp" line="195"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_controller.cpp" line="268"/>
        <source>Please wait: the kiosk is talking to the hub.</source>
        <translation>请稍等：一体机正在和中心服务器通信。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_controller.cpp" line="272"/>
        <source>Scan the QR code on the hub&apos;s page first, or type the text printed under it.</source>
        <translation>请先扫描中心服务器页面上的二维码，或输入它下面印的文字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_controller.cpp" line="278"/>
        <source>%1 Please scan the QR code on the hub&apos;s page, or type the text printed under it.</source>
        <translation>%1 请扫描中心服务器页面上的二维码，或输入它下面印的文字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_controller.cpp" line="282"/>
        <source>Joining the hub at %1…</source>
        <translation>正在加入位于 %1 的中心服务器…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_controller.cpp" line="331"/>
        <source>Reading the hub&apos;s code… hold it still.</source>
        <translation>正在读取中心服务器的码…请拿稳。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_controller.cpp" line="349"/>
        <source>The code was seen but could not be read whole. Hold the paper still and a little closer, or type the text printed under the code.</source>
        <translation>看到了码，但没能完整读出。请把纸拿稳、靠近一点，或输入码下面印的文字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_controller.cpp" line="404"/>
        <location filename="../../app/ui/sync_controller.cpp" line="446"/>
        <source>Join the hub first (once, with a network). After that a USB stick can carry the changes.</source>
        <translation>请先加入中心服务器（联网一次就行）。之后可以用 U 盘带走更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_controller.cpp" line="408"/>
        <location filename="../../app/ui/sync_controller.cpp" line="450"/>
        <source>Please wait until the sync has ended.</source>
        <translation>请等同步结束。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_controller.cpp" line="418"/>
        <source>No USB stick found. Plug one in, wait a few seconds and try again.</source>
        <translation>没有找到 U 盘。请插上 U 盘，等几秒再试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_controller.cpp" line="434"/>
        <source>The file could not be saved on the USB stick: %1</source>
        <translation>文件没能存到 U 盘上：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_controller.cpp" line="437"/>
        <source>Saved %1 on the USB stick. Take it to the hub&apos;s computer, and bring back the hub&apos;s file for this kiosk.</source>
        <translation>已把 %1 存到 U 盘。请带到中心服务器的电脑上，再把服务器给这台一体机的文件带回来。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_controller.cpp" line="455"/>
        <source>No sync file (%1) found on a USB stick or in %2. Ask the hub&apos;s administrator for this kiosk&apos;s file.</source>
        <translation>在 U 盘或 %2 里没有找到同步文件（%1）。请向中心服务器的管理员要这台一体机的文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_controller.cpp" line="471"/>
        <source>The sync file could not be read, so nothing was changed. %1</source>
        <translation>同步文件读不出来，所以什么都没有改。%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_controller.cpp" line="474"/>
        <source>Read %1: %n new change(s).</source>
        <translation>
            <numerusform>已读取 %1：%n 条新更改。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_controller.cpp" line="490"/>
        <source>Sync brought a mailbox key that the counselor did not sign, so this kiosk refused it. Letters are still sealed to her key %1. Please tell the counselor and the hub&apos;s administrator.</source>
        <translation>同步时收到一把不是心理老师签名的信箱钥匙，这台一体机已经拒绝了它。信件仍然只封给她的钥匙 %1。请告诉心理老师和同步服务器的管理员。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_controller.cpp" line="494"/>
        <source>Sync tried to remove the mailbox&apos;s key, so this kiosk refused it. The mailbox works as before (key %1). Please tell the counselor and the hub&apos;s administrator.</source>
        <translation>同步时有人想删掉信箱的钥匙，这台一体机已经拒绝了。信箱照常使用（钥匙 %1）。请告诉心理老师和同步服务器的管理员。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_controller.cpp" line="499"/>
        <source>Mailbox key: %1 (the same on every kiosk of the school)</source>
        <translation>信箱钥匙：%1（全校每台一体机上都应该一样）</translation>
    </message>
</context>
<context>
    <name>qq::TeacherController</name>
    <message>
        <location filename="../../app/ui/teacher_controller.cpp" line="88"/>
        <source>Choose a PIN of 4 to 8 digits.</source>
        <translation>请设置 4 到 8 位数字密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/teacher_controller.cpp" line="91"/>
        <source>Type the same PIN again to confirm.</source>
        <translation>请再输入一次同样的密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/teacher_controller.cpp" line="94"/>
        <source>The two PINs were different. Please choose a PIN again.</source>
        <translation>两次输入的密码不一样，请重新设置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/teacher_controller.cpp" line="98"/>
        <source>The PIN could not be saved. Please try again.</source>
        <translation>密码没能保存，请再试一次。</translation>
    </message>
    <message>
        <location filename="../../app/ui/teacher_controller.cpp" line="119"/>
        <source>Wrong PIN. Too many tries: wait until %1.</source>
        <translation>密码错误。尝试次数太多，请等到 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/teacher_controller.cpp" line="120"/>
        <source>Wrong PIN. %n tries left before a pause.</source>
        <translation>
            <numerusform>密码错误。还可以再试 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/teacher_controller.cpp" line="123"/>
        <source>Too many wrong PINs. Please wait until %1.</source>
        <translation>密码错误次数太多，请等到 %1 再试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/teacher_controller.cpp" line="149"/>
        <source>%1 is signed out.</source>
        <translation>%1 已签退。</translation>
    </message>
    <message>
        <location filename="../../app/ui/teacher_controller.cpp" line="149"/>
        <source>Signed out.</source>
        <translation>已签退。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/teacher_controller.cpp" line="179"/>
        <source>Saved %n visit(s) to %1</source>
        <translation>
            <numerusform>已保存 %n 条来访记录到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/teacher_controller.cpp" line="182"/>
        <source>The export could not be saved: %1</source>
        <translation>导出没有保存成功：%1</translation>
    </message>
</context>
</TS>
